# The CloudFormation part of TG-AWS-041 (METADATA in policies/terraform/aws_s3_access_logging.rego).

# METADATA
# custom:
#   id: TG-AWS-041
package tollgate.rules.cloudformation.aws_s3_access_logging

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

buckets contains r if {
	some r in cfn.resources
	r.type == "AWS::S3::Bucket"
}

destinations contains d if {
	some r in buckets
	d := r.properties.LoggingConfiguration.DestinationBucketName
}

# A bucket that receives the access logs of another: by Ref, GetAtt, Sub of its logical id, or the
# same name (a literal, or the same intrinsic).
log_bucket(b) if {
	some d in destinations
	names(d, b)
}

log_bucket(b) if b.properties.AccessControl == "LogDeliveryWrite"

names(d, b) if d.Ref == b.id

names(d, b) if d["Fn::GetAtt"][0] == b.id

names(d, b) if {
	is_string(d["Fn::Sub"])
	contains(d["Fn::Sub"], concat("", ["${", b.id, "}"]))
}

names(d, b) if d == b.properties.BucketName

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	data.params.aws.s3_require_access_logging
	some r in buckets
	not cfn.has(r.properties, "LoggingConfiguration")
	not log_bucket(r)
	msg := concat("", ["S3 bucket '", r.id, "' has no LoggingConfiguration, so its server access is not logged"])
}
