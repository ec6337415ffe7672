# The CloudFormation part of TG-AWS-049 (METADATA in policies/terraform/aws_ecr_kms_encryption.rego).

# METADATA
# custom:
#   id: TG-AWS-049
package tollgate.rules.cloudformation.aws_ecr_kms_encryption

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

repositories contains r if {
	some r in cfn.resources
	r.type == "AWS::ECR::Repository"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in repositories
	not cfn.has(r.properties, "EncryptionConfiguration")
	msg := concat("", ["ECR repository '", r.id, "' has no EncryptionConfiguration, so its images are encrypted with AES256, not KMS"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "EncryptionConfiguration", "EncryptionType"]), msg) if {
	some r in repositories
	value := r.properties.EncryptionConfiguration.EncryptionType
	is_string(value)
	not startswith(upper(value), "KMS")
	msg := concat("", ["ECR repository '", r.id, "' sets EncryptionType to ", json.marshal(value), " instead of KMS"])
}
