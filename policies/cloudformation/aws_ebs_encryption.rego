# The CloudFormation part of TG-AWS-044 (METADATA in policies/terraform/aws_ebs_encryption.rego).

# METADATA
# custom:
#   id: TG-AWS-044
package tollgate.rules.cloudformation.aws_ebs_encryption

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.values

# The object that holds the BlockDeviceMappings of a resource, and its path below the resource.
holder(r) := {"body": r.properties, "base": ["Properties"]} if r.type in {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"}

holder(r) := {"body": r.properties.LaunchTemplateData, "base": ["Properties", "LaunchTemplateData"]} if r.type == "AWS::EC2::LaunchTemplate"

# Every declared volume: {"body", "path", "what"}.
volumes contains {"body": r.properties, "path": array.concat(r.path, ["Properties"]), "what": concat("", ["EBS volume '", r.id, "'"])} if {
	some r in cfn.resources
	r.type == "AWS::EC2::Volume"
}

volumes contains {"body": m.Ebs, "path": path, "what": concat("", [r.type, " '", r.id, "' block device ", device(m)])} if {
	some r in cfn.resources
	h := holder(r)
	some i, m in h.body.BlockDeviceMappings
	is_object(m.Ebs)
	not cfn.intrinsic(m.Ebs)
	path := array.concat(r.path, array.concat(h.base, ["BlockDeviceMappings", i, "Ebs"]))
}

device(m) := m.DeviceName if is_string(m.DeviceName)

else := "(no name)"

inherits(body) if cfn.has(body, "SnapshotId")

inherits(body) if cfn.has(body, "KmsKeyId")

violations contains result.violation(rego.metadata.chain(), v.path, msg) if {
	not data.params.aws.ebs_encryption_by_default
	some v in volumes
	not cfn.has(v.body, "Encrypted")
	not inherits(v.body)
	msg := concat("", [v.what, " does not set Encrypted, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(v.path, ["Encrypted"]), msg) if {
	not data.params.aws.ebs_encryption_by_default
	some v in volumes
	values.falsy(v.body.Encrypted)
	msg := concat("", [v.what, " sets Encrypted to false"])
}

# No BlockDeviceMappings: the root volume is encrypted only if the AMI's snapshot is.
violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	not data.params.aws.ebs_encryption_by_default
	some r in cfn.resources
	r.type in {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"}
	not cfn.has(r.properties, "BlockDeviceMappings")
	msg := concat("", [r.type, " '", r.id, "' has no BlockDeviceMappings with Encrypted: true, so its root volume is encrypted only if its AMI is"])
}
