package tollgate.rules.ml_workspace_request.max_instances_test

import data.tollgate.rules.ml_workspace_request.max_instances as rule

found(vs) := {[v.rule, v.path] | some v in vs}

test_gpu_count_over_the_limit if {
	vs := rule.violations with input as {"compute": {"profile": "cluster", "instanceType": "ml.p4d.24xlarge", "count": 32}}
	found(vs) == {["TG-GOV-005", ["compute", "count"]]}
	some v in vs
	v.msg == "compute.count asks for 32 instances; the most for a gpu group is 16"
}

test_cpu_counts_have_the_cpu_limit if {
	count(rule.violations) == 0 with input as {"compute": {"profile": "cpu", "instanceType": "ml.m5.xlarge", "count": 32}}
	count(rule.violations) == 1 with input as {"compute": {"profile": "cpu", "instanceType": "ml.m5.xlarge", "count": 32}} with data.params.governance.max_instances.cpu as 8
}
