package tollgate.rules.terraform.aws_iam_admin_policy_test

import data.tollgate.rules.terraform.aws_iam_admin_policy as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(r) := {"resource": {r.type: {r.name: r}}}

admin := `{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "Everything", "Effect": "Allow", "Action": ["*"], "Resource": "*"}]}`

test_literal_policy_is_flagged_at_the_policy_with_the_sid if {
	vs := rule.violations with input as doc(res("aws_iam_policy", "ops", {"policy": admin}))
	found(vs) == {["TG-AWS-052", ["resource", "aws_iam_policy", "ops", "config", "policy"]]}
	some v in vs
	v.msg == "aws_iam_policy 'ops' allows every action on every resource (statement \"Everything\")"
	v.params.snippet == "\"Everything\""
}

test_inline_policies if {
	p := `{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}`
	found(rule.violations) == {["TG-AWS-052", ["resource", "aws_iam_role_policy", "x", "config", "policy"]]} with input as doc(res("aws_iam_role_policy", "x", {"policy": p}))
	found(rule.violations) == {["TG-AWS-052", ["resource", "aws_iam_role", "x", "config", "inline_policy", 0, "policy"]]} with input as doc(res("aws_iam_role", "x", {"inline_policy": [{"name": "all", "policy": p}]}))
}

test_data_source_statement_is_flagged_at_the_action if {
	d := {"data": {"aws_iam_policy_document": {"ops": {"address": "data.aws_iam_policy_document.ops", "type": "aws_iam_policy_document", "name": "ops", "mode": "data", "module": "", "config": {"statement": [
		{"actions": ["s3:GetObject"], "resources": ["*"]},
		{"sid": "All", "actions": ["ec2:*", "*"], "resources": ["*"]},
		{"effect": "Deny", "actions": ["*"], "resources": ["*"]},
	]}}}}}
	vs := rule.violations with input as d
	found(vs) == {["TG-AWS-052", ["data", "aws_iam_policy_document", "ops", "config", "statement", 1, "actions", 1]]}
}

test_narrow_denied_principal_and_unknown_policies_pass if {
	count(rule.violations) == 0 with input as doc(res("aws_iam_policy", "a", {"policy": `{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::acme-data/*"}]}`}))
	count(rule.violations) == 0 with input as doc(res("aws_iam_policy", "a", {"policy": `{"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}`}))
	count(rule.violations) == 0 with input as doc(res("aws_iam_policy", "a", {"policy": {"__unknown__": true, "expr": "jsonencode({})", "refs": []}}))
	count(rule.violations) == 0 with input as doc(res("aws_iam_policy", "a", {"policy": "not json"}))
	principals := {"data": {"aws_iam_policy_document": {"kms": {"address": "data.aws_iam_policy_document.kms", "type": "aws_iam_policy_document", "name": "kms", "mode": "data", "module": "", "config": {"statement": [{"actions": ["*"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::111122223333:root"]}]}]}}}}}
	count(rule.violations) == 0 with input as principals
}
