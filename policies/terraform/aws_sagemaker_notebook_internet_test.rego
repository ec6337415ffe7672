package tollgate.rules.terraform.aws_sagemaker_notebook_internet_test

import data.tollgate.rules.terraform.aws_sagemaker_notebook_internet as rule

found(vs) := {[v.rule, v.path] | some v in vs}

nb(cfg) := {"resource": {"aws_sagemaker_notebook_instance": {"nb": {
	"address": "aws_sagemaker_notebook_instance.nb", "type": "aws_sagemaker_notebook_instance",
	"name": "nb", "mode": "managed", "module": "", "config": cfg,
}}}}

test_enabled_is_flagged_at_the_attribute if {
	vs := rule.violations with input as nb({"direct_internet_access": "Enabled"})
	found(vs) == {["TG-AWS-003", ["resource", "aws_sagemaker_notebook_instance", "nb", "config", "direct_internet_access"]]}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'nb' has direct internet access (\"Enabled\")"
}

test_default_is_enabled if {
	found(rule.violations) == {["TG-AWS-003", ["resource", "aws_sagemaker_notebook_instance", "nb"]]} with input as nb({"instance_type": "ml.t3.medium"})
}

test_disabled_is_compliant if {
	count(rule.violations) == 0 with input as nb({"direct_internet_access": "Disabled"})
}

test_unknown_is_not_a_violation if {
	v := {"__unknown__": true, "expr": "var.internet", "refs": ["var.internet"]}
	count(rule.violations) == 0 with input as nb({"direct_internet_access": v})
}

test_plan_resources_keyed_by_address if {
	d := {"resource": {"aws_sagemaker_notebook_instance": {"module.ml.aws_sagemaker_notebook_instance.nb[0]": {
		"address": "module.ml.aws_sagemaker_notebook_instance.nb[0]", "type": "aws_sagemaker_notebook_instance",
		"name": "nb", "mode": "managed", "module": "module.ml", "index": 0, "config": {"direct_internet_access": "Enabled"},
	}}}}
	vs := rule.violations with input as d
	found(vs) == {["TG-AWS-003", ["resource", "aws_sagemaker_notebook_instance", "module.ml.aws_sagemaker_notebook_instance.nb[0]", "config", "direct_internet_access"]]}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'nb' in module.ml has direct internet access (\"Enabled\")"
}
