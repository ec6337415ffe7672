package tollgate.rules.terraform.aws_sagemaker_domain_network_test

import data.tollgate.rules.terraform.aws_sagemaker_domain_network as rule

found(vs) := {[v.rule, v.path] | some v in vs}

domain(cfg) := {"resource": {"aws_sagemaker_domain": {"studio": {
	"address": "aws_sagemaker_domain.studio", "type": "aws_sagemaker_domain",
	"name": "studio", "mode": "managed", "module": "", "config": cfg,
}}}}

test_default_is_public if {
	vs := rule.violations with input as domain({"domain_name": "studio"})
	found(vs) == {["TG-AWS-029", ["resource", "aws_sagemaker_domain", "studio"]]}
	some v in vs
	v.msg == "aws_sagemaker_domain 'studio' does not set app_network_access_type, which defaults to PublicInternetOnly"
}

test_public_is_flagged_at_the_attribute if {
	vs := rule.violations with input as domain({"app_network_access_type": "PublicInternetOnly"})
	found(vs) == {["TG-AWS-029", ["resource", "aws_sagemaker_domain", "studio", "config", "app_network_access_type"]]}
	some v in vs
	v.msg == "aws_sagemaker_domain 'studio' lets its apps reach the internet directly (app_network_access_type \"PublicInternetOnly\")"
}

test_vpc_only_and_unknown_pass if {
	count(rule.violations) == 0 with input as domain({"app_network_access_type": "VpcOnly"})
	count(rule.violations) == 0 with input as domain({"app_network_access_type": {"__unknown__": true, "expr": "var.access", "refs": ["var.access"]}})
}
