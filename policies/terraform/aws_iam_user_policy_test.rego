package tollgate.rules.terraform.aws_iam_user_policy_test

import data.tollgate.rules.terraform.aws_iam_user_policy as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(r) := {"resource": {r.type: {r.name: r}}}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

test_inline_user_policy_is_flagged_at_the_user if {
	vs := rule.violations with input as doc(res("aws_iam_user_policy", "ci", {"user": ref("aws_iam_user.ci.name"), "policy": "{}"}))
	found(vs) == {["TG-AWS-054", ["resource", "aws_iam_user_policy", "ci", "config", "user"]]}
	some v in vs
	v.msg == "aws_iam_user_policy 'ci' is an inline policy of IAM user aws_iam_user.ci.name; grant permissions through a group or role"
}

test_attachments_to_users if {
	found(rule.violations) == {["TG-AWS-054", ["resource", "aws_iam_user_policy_attachment", "ci", "config", "user"]]} with input as doc(res("aws_iam_user_policy_attachment", "ci", {"user": "ci-bot", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}))
	found(rule.violations) == {["TG-AWS-054", ["resource", "aws_iam_policy_attachment", "ro", "config", "users"]]} with input as doc(res("aws_iam_policy_attachment", "ro", {"users": ["ci-bot"], "roles": ["r"]}))
}

test_groups_roles_and_unknown_user_lists_pass if {
	count(rule.violations) == 0 with input as doc(res("aws_iam_policy_attachment", "ro", {"groups": ["data-scientists"], "roles": ["r"]}))
	count(rule.violations) == 0 with input as doc(res("aws_iam_policy_attachment", "ro", {"users": [], "roles": ["r"]}))
	count(rule.violations) == 0 with input as doc(res("aws_iam_policy_attachment", "ro", {"users": {"__unknown__": true, "expr": "var.users", "refs": ["var.users"]}}))
	count(rule.violations) == 0 with input as doc(res("aws_iam_group_policy", "ds", {"group": "data-scientists", "policy": "{}"}))
}
