# METADATA
# title: ECR repository not encrypted with KMS
# description: >-
#   ECR encrypts images with S3-managed AES256 keys unless the repository asks for KMS when it is
#   created (Terraform `encryption_configuration { encryption_type = "KMS" }`, CloudFormation
#   `EncryptionConfiguration.EncryptionType: KMS`); it cannot be changed afterwards. Images of
#   proprietary models and of code with embedded data should be encrypted with a KMS key whose
#   use is logged and whose key policy decides who can pull the plaintext. Values not known
#   statically are never reported.
# custom:
#   id: TG-AWS-049
#   severity: low
#   owner: infosec
#   remediation: >-
#     Set `encryption_configuration { encryption_type = "KMS" kms_key = aws_kms_key.<name>.arn }`
#     on the aws_ecr_repository (CloudFormation: `EncryptionConfiguration: {EncryptionType: KMS,
#     KmsKey: !GetAtt EcrKey.Arn}`). The repository must be recreated: push the images to the new
#     repository and switch the image references.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: [CKV_AWS_136, AVD-AWS-0033]
#   inline_waivers: true
package tollgate.rules.terraform.aws_ecr_kms_encryption

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), repo.path, msg) if {
	some repo in tf.resources("aws_ecr_repository")
	count(tf.blocks(repo.config, "encryption_configuration")) == 0
	msg := concat("", [repo.label, " has no encryption_configuration, so its images are encrypted with AES256, not KMS"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some repo in tf.resources("aws_ecr_repository")
	some e in tf.blocks(repo.config, "encryption_configuration")
	object.get(e.block, "encryption_type", null) == null
	path := array.concat(array.concat(repo.path, ["config"]), e.path)
	msg := concat("", [repo.label, " does not set encryption_type, which defaults to AES256"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some repo in tf.resources("aws_ecr_repository")
	some e in tf.blocks(repo.config, "encryption_configuration")
	value := e.block.encryption_type
	is_string(value)
	not startswith(upper(value), "KMS")
	path := array.concat(array.concat(repo.path, ["config"]), array.concat(e.path, ["encryption_type"]))
	msg := concat("", [repo.label, " sets encryption_type = ", json.marshal(value), " instead of KMS"])
}
