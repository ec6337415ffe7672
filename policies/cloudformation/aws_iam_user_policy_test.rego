package tollgate.rules.cloudformation.aws_iam_user_policy_test

import data.tollgate.rules.cloudformation.aws_iam_user_policy as rule

found(vs) := {[v.rule, v.path] | some v in vs}

resource(type, props) := {"Resources": {"R": {"Type": type, "Properties": props}}}

test_user_with_policies_is_flagged_at_the_property if {
	vs := rule.violations with input as resource("AWS::IAM::User", {"Policies": [{"PolicyName": "p", "PolicyDocument": {}}], "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]})
	found(vs) == {["TG-AWS-054", ["Resources", "R", "Properties", "Policies"]], ["TG-AWS-054", ["Resources", "R", "Properties", "ManagedPolicyArns"]]}
	some v in vs
	v.msg == "IAM user 'R' has inline policies; grant permissions through a group or role"
}

test_policies_attached_to_users if {
	found(rule.violations) == {["TG-AWS-054", ["Resources", "R", "Properties", "Users"]]} with input as resource("AWS::IAM::Policy", {"Users": [{"Ref": "CiUser"}], "Roles": ["r"]})
	found(rule.violations) == {["TG-AWS-054", ["Resources", "R", "Properties", "UserName"]]} with input as resource("AWS::IAM::UserPolicy", {"UserName": "ci", "PolicyName": "p"})
}

test_groups_and_intrinsics_pass if {
	count(rule.violations) == 0 with input as resource("AWS::IAM::User", {"Groups": ["data-scientists"]})
	count(rule.violations) == 0 with input as resource("AWS::IAM::Policy", {"Groups": ["g"], "Users": []})
	count(rule.violations) == 0 with input as resource("AWS::IAM::User", {"Policies": {"Fn::If": ["C", [], []]}})
}
