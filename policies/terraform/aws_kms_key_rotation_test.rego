package tollgate.rules.terraform.aws_kms_key_rotation_test

import data.tollgate.rules.terraform.aws_kms_key_rotation as rule

found(vs) := {[v.rule, v.path] | some v in vs}

key(cfg) := {"resource": {"aws_kms_key": {"data": {
	"address": "aws_kms_key.data", "type": "aws_kms_key", "name": "data",
	"mode": "managed", "module": "", "config": cfg,
}}}}

test_missing_rotation_is_flagged_at_the_block if {
	vs := rule.violations with input as key({"description": "training data"})
	found(vs) == {["TG-AWS-043", ["resource", "aws_kms_key", "data"]]}
	some v in vs
	v.msg == "aws_kms_key 'data' does not set enable_key_rotation, which defaults to false"
}

test_false_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AWS-043", ["resource", "aws_kms_key", "data", "config", "enable_key_rotation"]]} with input as key({"enable_key_rotation": false})
	count(rule.violations) == 1 with input as key({"enable_key_rotation": "false"})
}

test_enabled_and_unknown_pass if {
	count(rule.violations) == 0 with input as key({"enable_key_rotation": true})
	count(rule.violations) == 0 with input as key({"enable_key_rotation": {"__unknown__": true, "expr": "var.rotate", "refs": ["var.rotate"]}})
}

test_keys_that_cannot_rotate_are_ignored if {
	count(rule.violations) == 0 with input as key({"customer_master_key_spec": "RSA_2048", "key_usage": "SIGN_VERIFY"})
	count(rule.violations) == 0 with input as key({"key_usage": "GENERATE_VERIFY_MAC", "customer_master_key_spec": "HMAC_256"})
	count(rule.violations) == 0 with input as key({"custom_key_store_id": "cks-1234"})
	count(rule.violations) == 0 with input as key({"customer_master_key_spec": {"__unknown__": true, "expr": "var.spec", "refs": ["var.spec"]}})
}
