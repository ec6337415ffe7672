package tollgate.rules.cloudformation.aws_iam_admin_policy_test

import data.tollgate.rules.cloudformation.aws_iam_admin_policy as rule

found(vs) := {[v.rule, v.path] | some v in vs}

everything := {"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"}

test_managed_policy_is_flagged_at_the_action if {
	t := {"Resources": {"Ops": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {"Statement": [everything]}}}}}
	vs := rule.violations with input as t
	found(vs) == {["TG-AWS-052", ["Resources", "Ops", "Properties", "PolicyDocument", "Statement", 0, "Action"]]}
	some v in vs
	v.msg == "AWS::IAM::ManagedPolicy 'Ops' allows every action on every resource (statement \"All\")"
}

test_role_inline_policy_with_action_list if {
	stmt := {"Effect": "Allow", "Action": ["s3:*", "*"], "Resource": ["*"]}
	t := {"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": [stmt]}}]}}}}
	found(rule.violations) == {["TG-AWS-052", ["Resources", "Role", "Properties", "Policies", 0, "PolicyDocument", "Statement", 0, "Action", 1]]} with input as t
}

test_json_string_document_is_flagged_at_the_document if {
	t := {"Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": `{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`}}}}
	found(rule.violations) == {["TG-AWS-052", ["Resources", "P", "Properties", "PolicyDocument"]]} with input as t
}

test_narrow_and_intrinsic_pass if {
	t := {"Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {"Statement": [
		{"Effect": "Allow", "Action": "*", "Resource": {"Fn::Sub": "arn:aws:s3:::${Bucket}/*"}},
		{"Effect": {"Ref": "Effect"}, "Action": "*", "Resource": "*"},
		{"Fn::If": ["C", everything, {"Ref": "AWS::NoValue"}]},
	]}}}}}
	count(rule.violations) == 0 with input as t
}
