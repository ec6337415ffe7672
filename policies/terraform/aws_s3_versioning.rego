# METADATA
# title: S3 bucket without versioning
# description: >-
#   Without versioning, an overwritten or deleted object (a training set, a feature snapshot, a
#   model artefact that a deployment still points at) is gone for good, whether by a faulty
#   pipeline, a mistaken `aws s3 sync --delete` or ransomware. Versioning must be Enabled: in
#   Terraform by an aws_s3_bucket_versioning resource that references the bucket (provider v4+;
#   the inline `versioning` block of older providers counts too), in CloudFormation by the
#   bucket's `VersioningConfiguration`. A companion whose target or status cannot be resolved
#   statically is never reported, nor is a CloudFormation intrinsic.
# custom:
#   id: TG-AWS-040
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Terraform: add `resource "aws_s3_bucket_versioning"` with `bucket = aws_s3_bucket.<name>.id`
#     and `versioning_configuration { status = "Enabled" }`. CloudFormation: give the bucket
#     `VersioningConfiguration: {Status: Enabled}`. Pair it with a lifecycle rule that expires
#     noncurrent versions to bound the cost.
#   standards:
#     nist-800-53: [CP-9, CP-10]
#   related: [CKV_AWS_21, AVD-AWS-0090]
#   inline_waivers: true
package tollgate.rules.terraform.aws_s3_versioning

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

companion := "aws_s3_bucket_versioning"

configured(b) if count(tf.blocks(b.config, "versioning")) > 0

configured(b) if count(tf.companions(b, companion)) > 0

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	some b in tf.resources("aws_s3_bucket")
	not configured(b)
	msg := concat("", [b.label, " has no versioning: no ", companion, " references it"])
}

# A companion that suspends (or never enabled) versioning.
violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in tf.resources(companion)
	some v in tf.blocks(c.config, "versioning_configuration")
	status := object.get(v.block, "status", null)
	status != null
	tf.known_not(status, "Enabled")
	path := array.concat(array.concat(c.path, ["config"]), array.concat(v.path, ["status"]))
	msg := concat("", [c.label, " sets status to ", json.marshal(status), "; versioning must be Enabled"])
}

# The inline block of provider v3: `enabled` defaults to false. A bucket with a companion is
# configured by it (a plan shows the inline block as it was before the companion applies).
violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some b in tf.resources("aws_s3_bucket")
	count(tf.companions(b, companion)) == 0
	some v in tf.blocks(b.config, "versioning")
	object.get(v.block, "enabled", null) == null
	path := array.concat(array.concat(b.path, ["config"]), v.path)
	msg := concat("", [b.label, " has a versioning block without enabled = true, so versioning stays off"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some b in tf.resources("aws_s3_bucket")
	count(tf.companions(b, companion)) == 0
	some v in tf.blocks(b.config, "versioning")
	values.falsy(v.block.enabled)
	path := array.concat(array.concat(b.path, ["config"]), array.concat(v.path, ["enabled"]))
	msg := concat("", [b.label, " sets versioning enabled = false"])
}
