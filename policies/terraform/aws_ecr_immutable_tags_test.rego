package tollgate.rules.terraform.aws_ecr_immutable_tags_test

import data.tollgate.rules.terraform.aws_ecr_immutable_tags as rule

found(vs) := {[v.rule, v.path] | some v in vs}

repo(cfg) := {"resource": {"aws_ecr_repository": {"trainer": {
	"address": "aws_ecr_repository.trainer", "type": "aws_ecr_repository", "name": "trainer",
	"mode": "managed", "module": "", "config": cfg,
}}}}

test_missing_is_flagged_at_the_block if {
	vs := rule.violations with input as repo({"name": "ml/trainer"})
	found(vs) == {["TG-AWS-048", ["resource", "aws_ecr_repository", "trainer"]]}
	some v in vs
	v.msg == "aws_ecr_repository 'trainer' does not set image_tag_mutability, which defaults to MUTABLE"
}

test_mutable_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AWS-048", ["resource", "aws_ecr_repository", "trainer", "config", "image_tag_mutability"]]} with input as repo({"image_tag_mutability": "MUTABLE"})
	count(rule.violations) == 1 with input as repo({"image_tag_mutability": "MUTABLE_WITH_EXCLUSION"})
}

test_immutable_and_unknown_pass if {
	count(rule.violations) == 0 with input as repo({"image_tag_mutability": "IMMUTABLE"})
	count(rule.violations) == 0 with input as repo({"image_tag_mutability": "IMMUTABLE_WITH_EXCLUSION"})
	count(rule.violations) == 0 with input as repo({"image_tag_mutability": {"__unknown__": true, "expr": "var.m", "refs": ["var.m"]}})
}
