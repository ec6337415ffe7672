package tollgate.rules.terraform.aws_iam_access_key_test

import data.tollgate.rules.terraform.aws_iam_access_key as rule

found(vs) := {[v.rule, v.path] | some v in vs}

key(cfg) := {"resource": {"aws_iam_access_key": {"ci": {
	"address": "aws_iam_access_key.ci", "type": "aws_iam_access_key", "name": "ci",
	"mode": "managed", "module": "", "config": cfg,
}}}}

test_access_key_is_flagged_at_its_block if {
	vs := rule.violations with input as key({"user": {"__unknown__": true, "expr": "aws_iam_user.ci.name", "refs": ["aws_iam_user.ci.name"], "ref": "aws_iam_user.ci.name"}})
	found(vs) == {["TG-AWS-055", ["resource", "aws_iam_access_key", "ci"]]}
	some v in vs
	v.msg == "aws_iam_access_key 'ci' creates a long-lived access key for IAM user aws_iam_user.ci.name"
	count(rule.violations) == 1 with input as key({"user": "ci-bot", "status": "Active"})
}

test_inactive_key_passes if {
	count(rule.violations) == 0 with input as key({"user": "ci-bot", "status": "Inactive"})
	count(rule.violations) == 0 with input as key({"user": "ci-bot", "status": {"__unknown__": true, "expr": "var.status", "refs": ["var.status"]}})
}
