# METADATA
# title: S3 bucket without KMS default encryption
# description: >-
#   Training data, features and model artefacts in S3 must be encrypted at rest with a key the
#   organisation controls. A bucket needs a default-encryption configuration (in Terraform, since
#   AWS provider v4, a separate aws_s3_bucket_server_side_encryption_configuration resource that
#   references it; the inline block of older providers counts too; in CloudFormation the bucket's
#   `BucketEncryption`), and it must use KMS (aws:kms or aws:kms:dsse) rather than S3-managed
#   AES256 keys, so access to the key is logged and can be revoked. Terraform companion resources
#   are joined by reference or by literal bucket name; one whose target cannot be resolved
#   statically is assumed to cover the bucket, and a CloudFormation intrinsic (`!If`, `!Ref`) is
#   never judged.
# custom:
#   id: TG-AWS-001
#   severity: high
#   owner: infosec
#   remediation: >-
#     Terraform: add `resource "aws_s3_bucket_server_side_encryption_configuration"` with `bucket =
#     aws_s3_bucket.<name>.id` and a `rule { apply_server_side_encryption_by_default {
#     sse_algorithm = "aws:kms", kms_master_key_id = aws_kms_key.<key>.arn } }`. CloudFormation:
#     give the bucket `BucketEncryption: {ServerSideEncryptionConfiguration:
#     [{ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms, KMSMasterKeyID: !GetAtt
#     DataKey.Arn}}]}`. Organisations that accept S3-managed keys can set
#     `parameters.aws.s3_require_kms: false`.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#     cis-aws: ["2.1.1"]
#   related: [CKV_AWS_145, CKV_AWS_19, AVD-AWS-0088, AVD-AWS-0132]
#   inline_waivers: true
package tollgate.rules.terraform.aws_s3_encryption

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

companion := "aws_s3_bucket_server_side_encryption_configuration"

# Default-encryption settings of a configuration body, with their paths from the input root.
defaults(body, base) := {{"sse": d.block, "path": array.concat(base, array.concat(r.path, d.path))} |
	some r in tf.blocks(body, "rule")
	some d in tf.blocks(r.block, "apply_server_side_encryption_by_default")
}

configured(b) if count(tf.blocks(b.config, "server_side_encryption_configuration")) > 0

configured(b) if count(tf.companions(b, companion)) > 0

# Every encryption setting of the unit: companion resources and inline blocks of buckets.
settings contains {"sse": s.sse, "path": s.path, "label": c.label} if {
	some c in tf.resources(companion)
	some s in defaults(c.config, array.concat(c.path, ["config"]))
}

settings contains {"sse": s.sse, "path": s.path, "label": b.label} if {
	some b in tf.resources("aws_s3_bucket")
	some inline in tf.blocks(b.config, "server_side_encryption_configuration")
	some s in defaults(inline.block, array.concat(array.concat(b.path, ["config"]), inline.path))
}

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	some b in tf.resources("aws_s3_bucket")
	not configured(b)
	msg := concat("", [b.label, " has no default encryption: no ", companion, " references it"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	data.params.aws.s3_require_kms
	some s in settings
	alg := s.sse.sse_algorithm
	tf.known(alg)
	not startswith(alg, "aws:kms")
	path := array.concat(s.path, ["sse_algorithm"])
	msg := concat("", [s.label, " encrypts with ", json.marshal(alg), " (S3-managed keys) instead of a KMS key"])
}
