package tollgate.rules.ml_workspace_request.gpu_types_test

import data.tollgate.rules.ml_workspace_request.gpu_types as rule

found(vs) := {[v.rule, v.path] | some v in vs}

approved := {"cpu": [], "gpu": ["ml.g5.*"]}

test_gpu_type_off_the_list if {
	vs := rule.violations with input as {"compute": {"profile": "cluster", "instanceType": "ml.p4d.24xlarge", "count": 4}} with data.params.governance.instance_types as approved
	found(vs) == {["TG-GOV-004", ["compute", "instanceType"]]}
	count(rule.violations) == 0 with input as {"compute": {"instanceType": "ml.g5.2xlarge"}} with data.params.governance.instance_types as approved
	count(rule.violations) == 0 with input as {"compute": {"instanceType": "ml.m5.large"}} with data.params.governance.instance_types as approved
}
