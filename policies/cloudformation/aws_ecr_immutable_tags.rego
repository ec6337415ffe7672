# The CloudFormation part of TG-AWS-048 (METADATA in policies/terraform/aws_ecr_immutable_tags.rego).

# METADATA
# custom:
#   id: TG-AWS-048
package tollgate.rules.cloudformation.aws_ecr_immutable_tags

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

repositories contains r if {
	some r in cfn.resources
	r.type == "AWS::ECR::Repository"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in repositories
	not cfn.has(r.properties, "ImageTagMutability")
	msg := concat("", ["ECR repository '", r.id, "' does not set ImageTagMutability, which defaults to MUTABLE"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "ImageTagMutability"]), msg) if {
	some r in repositories
	value := r.properties.ImageTagMutability
	is_string(value)
	not startswith(upper(value), "IMMUTABLE")
	msg := concat("", ["ECR repository '", r.id, "' sets ImageTagMutability to ", json.marshal(value), ": a pushed tag can be overwritten"])
}
