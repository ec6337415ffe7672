# The CloudFormation part of TG-AWS-040 (METADATA in policies/terraform/aws_s3_versioning.rego).

# METADATA
# custom:
#   id: TG-AWS-040
package tollgate.rules.cloudformation.aws_s3_versioning

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

buckets contains r if {
	some r in cfn.resources
	r.type == "AWS::S3::Bucket"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in buckets
	not cfn.has(r.properties, "VersioningConfiguration")
	msg := concat("", ["S3 bucket '", r.id, "' has no VersioningConfiguration, so versioning is off"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some r in buckets
	status := r.properties.VersioningConfiguration.Status
	is_string(status)
	status != "Enabled"
	path := array.concat(r.path, ["Properties", "VersioningConfiguration", "Status"])
	msg := concat("", ["S3 bucket '", r.id, "' sets versioning Status to ", json.marshal(status), "; it must be Enabled"])
}
