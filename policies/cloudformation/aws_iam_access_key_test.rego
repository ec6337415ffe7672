package tollgate.rules.cloudformation.aws_iam_access_key_test

import data.tollgate.rules.cloudformation.aws_iam_access_key as rule

found(vs) := {[v.rule, v.path] | some v in vs}

key(props) := {"Resources": {"CiKey": {"Type": "AWS::IAM::AccessKey", "Properties": props}}}

test_access_key_is_flagged_at_the_resource if {
	vs := rule.violations with input as key({"UserName": {"Ref": "CiUser"}})
	found(vs) == {["TG-AWS-055", ["Resources", "CiKey"]]}
	some v in vs
	v.msg == "AWS::IAM::AccessKey 'CiKey' creates a long-lived access key for an IAM user"
}

test_inactive_key_passes if {
	count(rule.violations) == 0 with input as key({"UserName": "ci", "Status": "Inactive"})
	count(rule.violations) == 0 with input as key({"UserName": "ci", "Status": {"Ref": "KeyStatus"}})
}
