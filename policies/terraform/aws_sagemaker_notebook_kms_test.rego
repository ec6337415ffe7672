package tollgate.rules.terraform.aws_sagemaker_notebook_kms_test

import data.tollgate.rules.terraform.aws_sagemaker_notebook_kms as rule

notebook(cfg) := {"resource": {"aws_sagemaker_notebook_instance": {"nb": {
	"address": "aws_sagemaker_notebook_instance.nb", "type": "aws_sagemaker_notebook_instance",
	"name": "nb", "mode": "managed", "module": "", "config": cfg,
}}}}

test_missing_key_is_flagged_at_the_block if {
	vs := rule.violations with input as notebook({"instance_type": "ml.t3.medium"})
	{[v.rule, v.path] | some v in vs} == {["TG-AWS-011", ["resource", "aws_sagemaker_notebook_instance", "nb"]]}
}

test_empty_key_is_flagged if {
	count(rule.violations) == 1 with input as notebook({"kms_key_id": ""})
}

test_key_reference_satisfies if {
	key := {"__unknown__": true, "expr": "aws_kms_key.nb.arn", "refs": ["aws_kms_key.nb.arn"]}
	count(rule.violations) == 0 with input as notebook({"kms_key_id": key})
}

test_literal_key_satisfies if {
	count(rule.violations) == 0 with input as notebook({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/abc"})
}
