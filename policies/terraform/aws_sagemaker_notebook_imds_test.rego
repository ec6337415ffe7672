package tollgate.rules.terraform.aws_sagemaker_notebook_imds_test

import data.tollgate.rules.terraform.aws_sagemaker_notebook_imds as rule

found(vs) := {[v.rule, v.path] | some v in vs}

nb(cfg) := {"resource": {"aws_sagemaker_notebook_instance": {"nb": {
	"address": "aws_sagemaker_notebook_instance.nb", "type": "aws_sagemaker_notebook_instance",
	"name": "nb", "mode": "managed", "module": "", "config": cfg,
}}}}

path := ["resource", "aws_sagemaker_notebook_instance", "nb"]

imds(v) := {"instance_metadata_service_configuration": [{"minimum_instance_metadata_service_version": v}]}

test_missing_configuration_is_flagged_at_the_block if {
	vs := rule.violations with input as nb({"instance_type": "ml.t3.medium"})
	found(vs) == {["TG-AWS-033", path]}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'nb' does not set instance_metadata_service_configuration.minimum_instance_metadata_service_version, which defaults to 1 (IMDSv1 accepted)"
}

test_v1_is_flagged_at_the_attribute if {
	vs := rule.violations with input as nb(imds("1"))
	found(vs) == {["TG-AWS-033", array.concat(path, ["config", "instance_metadata_service_configuration", 0, "minimum_instance_metadata_service_version"])]}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'nb' accepts IMDSv1 (minimum_instance_metadata_service_version \"1\")"
}

test_v2_and_unknown_pass if {
	count(rule.violations) == 0 with input as nb(imds("2"))
	count(rule.violations) == 0 with input as nb(imds(2))
	count(rule.violations) == 0 with input as nb(imds({"__unknown__": true, "expr": "var.imds", "refs": ["var.imds"]}))
}
