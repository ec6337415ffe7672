# METADATA
# title: S3 bucket without server access logging
# description: >-
#   Server access logs record every request to a bucket (who read which training file, from
#   where), which CloudTrail records only for the data events an account pays to log. A bucket
#   needs logging to a separate log bucket: in Terraform by an aws_s3_bucket_logging resource that
#   references it (provider v4+; the inline `logging` block of older providers counts too), in
#   CloudFormation by its `LoggingConfiguration`. Buckets that receive the access logs of other
#   buckets in the same module or template (the target of a logging configuration, or with the
#   log-delivery-write ACL) are not reported: logging them would log the logging. A logging
#   target given by a variable without a value may be any bucket whose own name is not known, so
#   such buckets are not reported either. Organisations that audit S3 through CloudTrail data
#   events instead can set `parameters.aws.s3_require_access_logging: false`.
# custom:
#   id: TG-AWS-041
#   severity: low
#   owner: cybersecurity
#   remediation: >-
#     Terraform: add `resource "aws_s3_bucket_logging"` with `bucket = aws_s3_bucket.<name>.id`,
#     `target_bucket = <the log bucket>` and a `target_prefix`. CloudFormation: give the bucket
#     `LoggingConfiguration: {DestinationBucketName: !Ref AccessLogBucket, LogFilePrefix:
#     <name>/}`. Keep the log bucket in the same region and account, and restrict who can read it.
#   standards:
#     nist-800-53: [AU-2, AU-12]
#   related: [CKV_AWS_18, AVD-AWS-0089]
#   inline_waivers: true
package tollgate.rules.terraform.aws_s3_access_logging

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

companion := "aws_s3_bucket_logging"

configured(b) if count(tf.blocks(b.config, "logging")) > 0

configured(b) if count(tf.companions(b, companion)) > 0

# The target_bucket of every logging configuration of the unit, with its module.
targets contains {"value": c.config.target_bucket, "module": c.resource.module} if {
	some c in tf.resources(companion)
}

targets contains {"value": l.block.target_bucket, "module": b.resource.module} if {
	some b in tf.resources("aws_s3_bucket")
	some l in tf.blocks(b.config, "logging")
}

# A bucket that receives access logs: named by reference or by its literal name.
log_bucket(b) if {
	some t in targets
	tf.ref_bucket(t.value) == b.resource.name
	t.module == b.resource.module
}

log_bucket(b) if {
	some t in targets
	is_string(t.value)
	t.value == b.config.bucket
}

# A target that comes from outside the module (a variable without a value) may name any bucket
# whose own name is not known either.
log_bucket(b) if {
	some t in targets
	tf.unknown(t.value)
	not tf.ref_bucket(t.value)
	every r in t.value.refs {
		outside(r)
	}
	not is_string(object.get(b.config, "bucket", null))
}

log_bucket(b) if b.config.acl == "log-delivery-write"

log_bucket(b) if {
	some acl in tf.companions(b, "aws_s3_bucket_acl")
	acl.config.acl == "log-delivery-write"
}

outside(r) if startswith(r, "var.")

outside(r) if startswith(r, "local.")

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	data.params.aws.s3_require_access_logging
	some b in tf.resources("aws_s3_bucket")
	not configured(b)
	not log_bucket(b)
	msg := concat("", [b.label, " has no server access logging: no ", companion, " references it"])
}
