# The CloudFormation part of TG-AWS-045 (METADATA in policies/terraform/aws_efs_encryption.rego).

# METADATA
# custom:
#   id: TG-AWS-045
package tollgate.rules.cloudformation.aws_efs_encryption

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.values

file_systems contains r if {
	some r in cfn.resources
	r.type == "AWS::EFS::FileSystem"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in file_systems
	not cfn.has(r.properties, "Encrypted")
	not cfn.has(r.properties, "KmsKeyId")
	msg := concat("", ["EFS file system '", r.id, "' does not set Encrypted, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "Encrypted"]), msg) if {
	some r in file_systems
	values.falsy(r.properties.Encrypted)
	msg := concat("", ["EFS file system '", r.id, "' sets Encrypted to false"])
}
