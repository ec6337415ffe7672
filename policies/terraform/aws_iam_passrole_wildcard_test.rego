package tollgate.rules.terraform.aws_iam_passrole_wildcard_test

import data.tollgate.rules.terraform.aws_iam_passrole_wildcard as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(r) := {"resource": {r.type: {r.name: r}}}

data_source(statements) := {"data": {"aws_iam_policy_document": {"ci": {"address": "data.aws_iam_policy_document.ci", "type": "aws_iam_policy_document", "name": "ci", "mode": "data", "module": "", "config": {"statement": statements}}}}}

test_literal_policy_is_flagged if {
	p := `{"Statement": [{"Sid": "Pass", "Effect": "Allow", "Action": ["sagemaker:CreateTrainingJob", "iam:PassRole"], "Resource": "*"}]}`
	vs := rule.violations with input as doc(res("aws_iam_role_policy", "ci", {"policy": p}))
	found(vs) == {["TG-AWS-053", ["resource", "aws_iam_role_policy", "ci", "config", "policy"]]}
	some v in vs
	v.msg == "aws_iam_role_policy 'ci' allows \"iam:PassRole\" on every resource, so it can pass any role (statement \"Pass\")"
}

test_wildcards_in_data_source_are_flagged_at_the_action if {
	vs := rule.violations with input as data_source([{"actions": ["s3:GetObject", "iam:*"], "resources": ["*"]}, {"actions": ["IAM:pass*"], "resources": ["*"]}])
	found(vs) == {
		["TG-AWS-053", ["data", "aws_iam_policy_document", "ci", "config", "statement", 0, "actions", 1]],
		["TG-AWS-053", ["data", "aws_iam_policy_document", "ci", "config", "statement", 1, "actions", 0]],
	}
}

test_named_roles_star_action_and_other_actions_pass if {
	count(rule.violations) == 0 with input as data_source([{"actions": ["iam:PassRole"], "resources": ["arn:aws:iam::111122223333:role/sagemaker-*"]}])
	count(rule.violations) == 0 with input as data_source([{"actions": ["*"], "resources": ["*"]}])
	count(rule.violations) == 0 with input as data_source([{"actions": ["iam:GetRole", "iam:List*"], "resources": ["*"]}])
	count(rule.violations) == 0 with input as data_source([{"effect": "Deny", "actions": ["iam:PassRole"], "resources": ["*"]}])
	count(rule.violations) == 0 with input as data_source([{"actions": ["iam:PassRole"], "resources": [{"__unknown__": true, "expr": "var.roles", "refs": ["var.roles"]}]}])
}
