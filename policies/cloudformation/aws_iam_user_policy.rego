# The CloudFormation part of TG-AWS-054 (METADATA in policies/terraform/aws_iam_user_policy.rego).

# METADATA
# custom:
#   id: TG-AWS-054
package tollgate.rules.cloudformation.aws_iam_user_policy

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

non_empty(x) if {
	is_array(x)
	count(x) > 0
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", prop]), msg) if {
	some r in cfn.resources
	r.type == "AWS::IAM::User"
	some prop, what in {"Policies": "inline policies", "ManagedPolicyArns": "managed policies attached"}
	non_empty(r.properties[prop])
	msg := concat("", ["IAM user '", r.id, "' has ", what, "; grant permissions through a group or role"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "Users"]), msg) if {
	some r in cfn.resources
	r.type in {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}
	non_empty(r.properties.Users)
	msg := concat("", [r.type, " '", r.id, "' is attached to IAM users; grant permissions through a group or role"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "UserName"]), msg) if {
	some r in cfn.resources
	r.type == "AWS::IAM::UserPolicy"
	msg := concat("", ["AWS::IAM::UserPolicy '", r.id, "' is an inline policy of an IAM user; grant permissions through a group or role"])
}
