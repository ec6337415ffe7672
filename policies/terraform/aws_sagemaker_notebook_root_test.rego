package tollgate.rules.terraform.aws_sagemaker_notebook_root_test

import data.tollgate.rules.terraform.aws_sagemaker_notebook_root as rule

found(vs) := {[v.rule, v.path] | some v in vs}

nb(cfg) := {"resource": {"aws_sagemaker_notebook_instance": {"nb": {
	"address": "aws_sagemaker_notebook_instance.nb", "type": "aws_sagemaker_notebook_instance",
	"name": "nb", "mode": "managed", "module": "", "config": cfg,
}}}}

test_default_is_enabled if {
	vs := rule.violations with input as nb({"instance_type": "ml.t3.medium"})
	found(vs) == {["TG-AWS-025", ["resource", "aws_sagemaker_notebook_instance", "nb"]]}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'nb' does not set root_access, which defaults to Enabled"
}

test_enabled_is_flagged_at_the_attribute if {
	vs := rule.violations with input as nb({"root_access": "Enabled"})
	found(vs) == {["TG-AWS-025", ["resource", "aws_sagemaker_notebook_instance", "nb", "config", "root_access"]]}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'nb' gives its users root access (\"Enabled\")"
}

test_disabled_and_unknown_pass if {
	count(rule.violations) == 0 with input as nb({"root_access": "Disabled"})
	count(rule.violations) == 0 with input as nb({"root_access": {"__unknown__": true, "expr": "var.root", "refs": ["var.root"]}})
}
