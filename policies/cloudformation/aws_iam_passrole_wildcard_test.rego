package tollgate.rules.cloudformation.aws_iam_passrole_wildcard_test

import data.tollgate.rules.cloudformation.aws_iam_passrole_wildcard as rule

found(vs) := {[v.rule, v.path] | some v in vs}

policy(statements) := {"Resources": {"Ci": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "ci", "PolicyDocument": {"Statement": statements}}}}}

test_passrole_on_every_resource_is_flagged_at_the_action if {
	vs := rule.violations with input as policy([{"Effect": "Allow", "Action": ["sagemaker:*", "iam:PassRole"], "Resource": "*"}])
	found(vs) == {["TG-AWS-053", ["Resources", "Ci", "Properties", "PolicyDocument", "Statement", 0, "Action", 1]]}
	some v in vs
	v.msg == "AWS::IAM::Policy 'Ci' allows \"iam:PassRole\" on every resource, so it can pass any role (a statement)"
}

test_named_roles_and_intrinsics_pass if {
	count(rule.violations) == 0 with input as policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": {"Fn::GetAtt": ["TrainingRole", "Arn"]}}])
	count(rule.violations) == 0 with input as policy([{"Effect": "Allow", "Action": {"Ref": "Actions"}, "Resource": "*"}])
}
