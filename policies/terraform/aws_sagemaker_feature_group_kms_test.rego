package tollgate.rules.terraform.aws_sagemaker_feature_group_kms_test

import data.tollgate.rules.terraform.aws_sagemaker_feature_group_kms as rule

found(vs) := {[v.rule, v.path] | some v in vs}

group(cfg) := {"resource": {"aws_sagemaker_feature_group": {"customers": {
	"address": "aws_sagemaker_feature_group.customers", "type": "aws_sagemaker_feature_group",
	"name": "customers", "mode": "managed", "module": "", "config": cfg,
}}}}

base := ["resource", "aws_sagemaker_feature_group", "customers", "config"]

offline(storage) := {"offline_store_config": [{"s3_storage_config": [storage]}]}

online(cfg) := {"online_store_config": [cfg]}

test_offline_store_without_key_is_flagged_at_its_storage_config if {
	vs := rule.violations with input as group(offline({"s3_uri": "s3://acme-features/"}))
	found(vs) == {["TG-AWS-021", array.concat(base, ["offline_store_config", 0, "s3_storage_config", 0])]}
	some v in vs
	v.msg == "aws_sagemaker_feature_group 'customers' keeps its offline store without a KMS key of its own: set s3_storage_config.kms_key_id"
}

test_offline_store_with_key_or_unknown_key_passes if {
	count(rule.violations) == 0 with input as group(offline({"s3_uri": "s3://f/", "kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/k"}))
	count(rule.violations) == 0 with input as group(offline({"s3_uri": "s3://f/", "kms_key_id": {"__unknown__": true, "expr": "var.key", "refs": ["var.key"]}}))
}

test_no_store_configured_is_not_reported if {
	count(rule.violations) == 0 with input as group({"feature_group_name": "customers"})
}

test_enabled_online_store_without_key_is_flagged if {
	vs := rule.violations with input as group(online({"enable_online_store": true}))
	found(vs) == {["TG-AWS-021", array.concat(base, ["online_store_config", 0])]}
	vs2 := rule.violations with input as group(online({"enable_online_store": true, "security_config": [{}]}))
	found(vs2) == {["TG-AWS-021", array.concat(base, ["online_store_config", 0, "security_config", 0])]}
}

test_online_store_exemptions if {
	count(rule.violations) == 0 with input as group(online({"enable_online_store": false}))
	count(rule.violations) == 0 with input as group(online({"enable_online_store": {"__unknown__": true, "expr": "var.online", "refs": ["var.online"]}}))
	count(rule.violations) == 0 with input as group(online({"enable_online_store": true, "storage_type": "InMemory"}))
	count(rule.violations) == 0 with input as group(online({"enable_online_store": true, "security_config": [{"kms_key_id": "k"}]}))
}
