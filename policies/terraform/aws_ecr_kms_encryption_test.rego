package tollgate.rules.terraform.aws_ecr_kms_encryption_test

import data.tollgate.rules.terraform.aws_ecr_kms_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

repo(cfg) := {"resource": {"aws_ecr_repository": {"trainer": {
	"address": "aws_ecr_repository.trainer", "type": "aws_ecr_repository", "name": "trainer",
	"mode": "managed", "module": "", "config": cfg,
}}}}

test_missing_is_flagged_at_the_block if {
	vs := rule.violations with input as repo({"name": "ml/trainer"})
	found(vs) == {["TG-AWS-049", ["resource", "aws_ecr_repository", "trainer"]]}
	some v in vs
	v.msg == "aws_ecr_repository 'trainer' has no encryption_configuration, so its images are encrypted with AES256, not KMS"
}

test_aes256_and_missing_type if {
	found(rule.violations) == {["TG-AWS-049", ["resource", "aws_ecr_repository", "trainer", "config", "encryption_configuration", 0, "encryption_type"]]} with input as repo({"encryption_configuration": [{"encryption_type": "AES256"}]})
	found(rule.violations) == {["TG-AWS-049", ["resource", "aws_ecr_repository", "trainer", "config", "encryption_configuration", 0]]} with input as repo({"encryption_configuration": [{"kms_key": "k"}]})
}

test_kms_and_unknown_pass if {
	count(rule.violations) == 0 with input as repo({"encryption_configuration": [{"encryption_type": "KMS"}]})
	count(rule.violations) == 0 with input as repo({"encryption_configuration": [{"encryption_type": {"__unknown__": true, "expr": "var.t", "refs": ["var.t"]}}]})
}
