# METADATA
# title: EFS file system not encrypted at rest
# description: >-
#   EFS is the shared home and dataset volume of many ML platforms (SageMaker Studio domains,
#   training clusters, notebook fleets). A file system is encrypted at rest only if asked when it
#   is created (Terraform `encrypted`, CloudFormation `Encrypted`, both default false), and it
#   cannot be encrypted afterwards. Values not known statically are never reported.
# custom:
#   id: TG-AWS-045
#   severity: high
#   owner: infosec
#   remediation: >-
#     Set `encrypted = true` and `kms_key_id = aws_kms_key.<name>.arn` on the aws_efs_file_system
#     (CloudFormation: `Encrypted: true` and `KmsKeyId`). An existing unencrypted file system must
#     be replaced: create an encrypted one and copy the data with AWS DataSync.
#   standards:
#     nist-800-53: [SC-28, SC-28(1)]
#   related: [CKV_AWS_42, AVD-AWS-0037]
#   inline_waivers: true
package tollgate.rules.terraform.aws_efs_encryption

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

violations contains result.violation(rego.metadata.chain(), fs.path, msg) if {
	some fs in tf.resources("aws_efs_file_system")
	object.get(fs.config, "encrypted", null) == null
	object.get(fs.config, "kms_key_id", null) == null
	msg := concat("", [fs.label, " does not set encrypted, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(fs.path, ["config", "encrypted"]), msg) if {
	some fs in tf.resources("aws_efs_file_system")
	values.falsy(fs.config.encrypted)
	msg := concat("", [fs.label, " sets encrypted = false"])
}
