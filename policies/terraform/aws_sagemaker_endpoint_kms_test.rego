package tollgate.rules.terraform.aws_sagemaker_endpoint_kms_test

import data.tollgate.rules.terraform.aws_sagemaker_endpoint_kms as rule

found(vs) := {[v.rule, v.path] | some v in vs}

config(cfg) := {"resource": {"aws_sagemaker_endpoint_configuration": {"scoring": {
	"address": "aws_sagemaker_endpoint_configuration.scoring", "type": "aws_sagemaker_endpoint_configuration",
	"name": "scoring", "mode": "managed", "module": "", "config": cfg,
}}}}

variant(type) := {"variant_name": "main", "model_name": "m", "initial_instance_count": 2, "instance_type": type}

serverless := {"variant_name": "sl", "model_name": "m", "serverless_config": [{"max_concurrency": 5, "memory_size_in_mb": 2048}]}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

test_missing_key_is_flagged_at_the_block if {
	vs := rule.violations with input as config({"production_variants": [variant("ml.m5.xlarge")]})
	found(vs) == {["TG-AWS-020", ["resource", "aws_sagemaker_endpoint_configuration", "scoring"]]}
	some v in vs
	v.msg == "aws_sagemaker_endpoint_configuration 'scoring' does not set kms_key_arn, so the storage volumes of its instances use an AWS-managed key"
}

test_empty_key_is_flagged_at_the_attribute if {
	vs := rule.violations with input as config({"production_variants": [variant("ml.m5.xlarge")], "kms_key_arn": ""})
	found(vs) == {["TG-AWS-020", ["resource", "aws_sagemaker_endpoint_configuration", "scoring", "config", "kms_key_arn"]]}
}

test_key_satisfies_known_or_not if {
	count(rule.violations) == 0 with input as config({"production_variants": [variant("ml.m5.xlarge")], "kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:key/k"})
	count(rule.violations) == 0 with input as config({"production_variants": [variant("ml.m5.xlarge")], "kms_key_arn": unknown("aws_kms_key.k.arn")})
}

test_local_storage_and_serverless_variants_are_exempt if {
	count(rule.violations) == 0 with input as config({"production_variants": [variant("ml.g5.2xlarge")]})
	count(rule.violations) == 0 with input as config({"production_variants": [variant("ml.m5.xlarge"), variant("ml.g4dn.xlarge")]})
	count(rule.violations) == 0 with input as config({"production_variants": [serverless]})
	count(rule.violations) == 1 with input as config({"production_variants": [variant("ml.m5.xlarge")], "shadow_production_variants": [serverless]})
	count(rule.violations) == 0 with input as config({"production_variants": [variant("ml.m5.xlarge")], "shadow_production_variants": [variant("ml.p4d.24xlarge")]})
}

test_unknown_instance_type_is_not_judged if {
	count(rule.violations) == 0 with input as config({"production_variants": [variant(unknown("var.instance_type"))]})
}
