# The CloudFormation part of TG-AWS-043 (METADATA in policies/terraform/aws_kms_key_rotation.rego).

# METADATA
# custom:
#   id: TG-AWS-043
package tollgate.rules.cloudformation.aws_kms_key_rotation

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.values

rotatable contains r if {
	some r in cfn.resources
	r.type == "AWS::KMS::Key"
	object.get(r.properties, "KeySpec", "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
	object.get(r.properties, "KeyUsage", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	object.get(r.properties, "Origin", "AWS_KMS") == "AWS_KMS"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in rotatable
	not cfn.has(r.properties, "EnableKeyRotation")
	msg := concat("", ["KMS key '", r.id, "' does not set EnableKeyRotation, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "EnableKeyRotation"]), msg) if {
	some r in rotatable
	values.falsy(r.properties.EnableKeyRotation)
	msg := concat("", ["KMS key '", r.id, "' sets EnableKeyRotation to false"])
}
