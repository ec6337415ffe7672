package tollgate.rules.terraform.aws_sagemaker_notebook_vpc_test

import data.tollgate.rules.terraform.aws_sagemaker_notebook_vpc as rule

nb(cfg) := {"resource": {"aws_sagemaker_notebook_instance": {"nb": {
	"address": "aws_sagemaker_notebook_instance.nb", "type": "aws_sagemaker_notebook_instance",
	"name": "nb", "mode": "managed", "module": "", "config": cfg,
}}}}

test_missing_subnet_is_flagged_at_the_block if {
	vs := rule.violations with input as nb({"instance_type": "ml.t3.medium"})
	{[v.rule, v.path] | some v in vs} == {["TG-AWS-026", ["resource", "aws_sagemaker_notebook_instance", "nb"]]}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'nb' has no subnet_id, so it runs outside the organisation's VPC"
}

test_subnet_known_or_unknown_passes if {
	count(rule.violations) == 0 with input as nb({"subnet_id": "subnet-0a1b2c3d"})
	count(rule.violations) == 0 with input as nb({"subnet_id": {"__unknown__": true, "expr": "var.subnet_id", "refs": ["var.subnet_id"]}})
}
