package tollgate.rules.terraform.aws_sagemaker_domain_kms_test

import data.tollgate.rules.terraform.aws_sagemaker_domain_kms as rule

domain(cfg) := {"resource": {"aws_sagemaker_domain": {"studio": {
	"address": "aws_sagemaker_domain.studio", "type": "aws_sagemaker_domain",
	"name": "studio", "mode": "managed", "module": "", "config": cfg,
}}}}

test_missing_key_is_flagged_at_the_block if {
	vs := rule.violations with input as domain({"domain_name": "studio"})
	{[v.rule, v.path] | some v in vs} == {["TG-AWS-022", ["resource", "aws_sagemaker_domain", "studio"]]}
	some v in vs
	v.msg == "aws_sagemaker_domain 'studio' does not set kms_key_id, so its users' EFS and EBS storage uses an AWS-managed key"
}

test_key_known_or_unknown_satisfies if {
	count(rule.violations) == 0 with input as domain({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/k"})
	count(rule.violations) == 0 with input as domain({"kms_key_id": {"__unknown__": true, "expr": "aws_kms_key.studio.arn", "refs": ["aws_kms_key.studio.arn"]}})
}
