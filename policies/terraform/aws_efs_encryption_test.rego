package tollgate.rules.terraform.aws_efs_encryption_test

import data.tollgate.rules.terraform.aws_efs_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

fs(cfg) := {"resource": {"aws_efs_file_system": {"home": {
	"address": "aws_efs_file_system.home", "type": "aws_efs_file_system", "name": "home",
	"mode": "managed", "module": "", "config": cfg,
}}}}

test_missing_is_flagged_at_the_block if {
	vs := rule.violations with input as fs({"creation_token": "studio-home"})
	found(vs) == {["TG-AWS-045", ["resource", "aws_efs_file_system", "home"]]}
	some v in vs
	v.msg == "aws_efs_file_system 'home' does not set encrypted, which defaults to false"
}

test_false_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AWS-045", ["resource", "aws_efs_file_system", "home", "config", "encrypted"]]} with input as fs({"encrypted": false})
}

test_encrypted_and_unknown_pass if {
	count(rule.violations) == 0 with input as fs({"encrypted": true})
	count(rule.violations) == 0 with input as fs({"encrypted": {"__unknown__": true, "expr": "var.enc", "refs": ["var.enc"]}})
}
