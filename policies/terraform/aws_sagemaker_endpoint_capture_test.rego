package tollgate.rules.terraform.aws_sagemaker_endpoint_capture_test

import data.tollgate.rules.terraform.aws_sagemaker_endpoint_capture as rule

found(vs) := {[v.rule, v.path] | some v in vs}

config(cfg) := {"resource": {"aws_sagemaker_endpoint_configuration": {"scoring": {
	"address": "aws_sagemaker_endpoint_configuration.scoring", "type": "aws_sagemaker_endpoint_configuration",
	"name": "scoring", "mode": "managed", "module": "",
	"config": object.union({"tags": {"environment": "prod"}, "production_variants": [{"model_name": "m", "instance_type": "ml.m5.large", "initial_instance_count": 2}]}, cfg),
}}}}

path := ["resource", "aws_sagemaker_endpoint_configuration", "scoring"]

capture(cfg) := {"data_capture_config": [object.union({"destination_s3_uri": "s3://acme-monitoring/capture", "capture_options": [{"capture_mode": "Input"}]}, cfg)]}

test_missing_configuration if {
	vs := rule.violations with input as config({})
	found(vs) == {["TG-AWS-031", path]}
	some v in vs
	v.msg == "aws_sagemaker_endpoint_configuration 'scoring' is production but has no data_capture_config, so its requests and predictions cannot be monitored"
}

test_enable_capture_defaults_to_false_in_terraform if {
	found(rule.violations) == {["TG-AWS-031", array.concat(path, ["config", "data_capture_config", 0])]} with input as config(capture({"initial_sampling_percentage": 20}))
	found(rule.violations) == {["TG-AWS-031", array.concat(path, ["config", "data_capture_config", 0, "enable_capture"])]} with input as config(capture({"enable_capture": false, "initial_sampling_percentage": 20}))
	found(rule.violations) == {["TG-AWS-031", array.concat(path, ["config", "data_capture_config", 0, "initial_sampling_percentage"])]} with input as config(capture({"enable_capture": true, "initial_sampling_percentage": 0}))
}

test_compliant_unknown_not_production_or_serverless if {
	count(rule.violations) == 0 with input as config(capture({"enable_capture": true, "initial_sampling_percentage": 20}))
	count(rule.violations) == 0 with input as config(capture({"enable_capture": {"__unknown__": true, "expr": "var.c", "refs": ["var.c"]}, "initial_sampling_percentage": 20}))
	count(rule.violations) == 0 with input as config({"tags": {"environment": "dev"}})
	count(rule.violations) == 0 with input as config({"production_variants": [{"model_name": "m", "serverless_config": [{"max_concurrency": 5, "memory_size_in_mb": 2048}]}]})
}
