# The CloudFormation part of TG-AWS-002 (METADATA in policies/terraform/aws_s3_public_access_block.rego).

# METADATA
# custom:
#   id: TG-AWS-002
package tollgate.rules.cloudformation.aws_s3_public_access_block

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

settings := ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]

buckets contains r if {
	some r in cfn.resources
	r.type == "AWS::S3::Bucket"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in buckets
	not cfn.has(r.properties, "PublicAccessBlockConfiguration")
	msg := concat("", ["S3 bucket '", r.id, "' has no PublicAccessBlockConfiguration"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some r in buckets
	block := r.properties.PublicAccessBlockConfiguration
	is_object(block)
	not cfn.intrinsic(block)
	some setting in settings
	not cfn.has(block, setting)
	path := array.concat(r.path, ["Properties", "PublicAccessBlockConfiguration"])
	msg := concat("", ["S3 bucket '", r.id, "' does not set ", setting, ", which then defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some r in buckets
	some setting in settings
	value := r.properties.PublicAccessBlockConfiguration[setting]
	known_false(value)
	path := array.concat(r.path, ["Properties", "PublicAccessBlockConfiguration", setting])
	msg := concat("", ["S3 bucket '", r.id, "' sets ", setting, " to ", json.marshal(value), "; all four settings must be true"])
}

# CloudFormation takes booleans or their strings.
known_false(false)

known_false(v) if {
	is_string(v)
	lower(v) == "false"
}
