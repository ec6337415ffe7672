# METADATA
# title: S3 bucket without a full public access block
# description: >-
#   One mistaken ACL or bucket policy can publish a training data set or a model to the world. All
#   four settings of the bucket's public access block (Terraform block_public_acls,
#   block_public_policy, ignore_public_acls, restrict_public_buckets; CloudFormation
#   BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls, RestrictPublicBuckets) must be true;
#   each defaults to false when left out. In Terraform a bucket counts as covered by an
#   aws_s3_bucket_public_access_block that references it (or whose target cannot be resolved
#   statically), or by an account-level aws_s3_account_public_access_block in the same module; in
#   CloudFormation by its own PublicAccessBlockConfiguration.
# custom:
#   id: TG-AWS-002
#   severity: high
#   owner: infosec
#   remediation: >-
#     Terraform: add `resource "aws_s3_bucket_public_access_block"` with `bucket =
#     aws_s3_bucket.<name>.id` and `block_public_acls`, `block_public_policy`,
#     `ignore_public_acls` and `restrict_public_buckets` all set to true. CloudFormation: give the
#     bucket a `PublicAccessBlockConfiguration` with `BlockPublicAcls`, `BlockPublicPolicy`,
#     `IgnorePublicAcls` and `RestrictPublicBuckets` all true. Share data through IAM or access
#     points, not public ACLs.
#   standards:
#     nist-800-53: [AC-3, AC-21, SC-7]
#     cis-aws: ["2.1.5"]
#   related: [CKV2_AWS_6, CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56, AVD-AWS-0086, AVD-AWS-0087, AVD-AWS-0091, AVD-AWS-0093, AVD-AWS-0094]
#   inline_waivers: true
package tollgate.rules.terraform.aws_s3_public_access_block

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

block_types := ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"]

account_wide if count(tf.resources("aws_s3_account_public_access_block")) > 0

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	some b in tf.resources("aws_s3_bucket")
	not account_wide
	count(tf.companions(b, "aws_s3_bucket_public_access_block")) == 0
	msg := concat("", [b.label, " has no public access block: no aws_s3_bucket_public_access_block references it"])
}

violations contains result.violation(rego.metadata.chain(), pab.path, msg) if {
	some type in block_types
	some pab in tf.resources(type)
	some setting in settings
	object.get(pab.config, setting, null) == null
	msg := concat("", [pab.label, " does not set ", setting, ", which then defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some type in block_types
	some pab in tf.resources(type)
	some setting in settings
	value := object.get(pab.config, setting, null)
	value != null
	tf.known_not(value, true)
	path := array.concat(pab.path, ["config", setting])
	msg := concat("", [pab.label, " sets ", setting, " to ", json.marshal(value), "; all four settings must be true"])
}
