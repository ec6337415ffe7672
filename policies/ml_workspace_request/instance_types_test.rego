package tollgate.rules.ml_workspace_request.instance_types_test

import data.tollgate.rules.ml_workspace_request.instance_types as rule

found(vs) := {[v.rule, v.path] | some v in vs}

approved := {"cpu": ["ml.t3.*", "ml.m5.*"], "gpu": []}

test_unapproved_cpu_type if {
	vs := rule.violations with input as {"compute": {"profile": "cpu", "instanceType": "ml.r5.4xlarge", "count": 1}} with data.params.governance.instance_types as approved
	found(vs) == {["TG-GOV-003", ["compute", "instanceType"]]}
	some v in vs
	v.msg == "compute.instanceType \"ml.r5.4xlarge\" is not an approved instance type (ml.t3.*, ml.m5.*)"
}

test_approved_gpu_and_default if {
	count(rule.violations) == 0 with input as {"compute": {"instanceType": "ml.m5.xlarge"}} with data.params.governance.instance_types as approved
	count(rule.violations) == 0 with input as {"compute": {"instanceType": "ml.g5.xlarge"}} with data.params.governance.instance_types as approved
	count(rule.violations) == 0 with input as {"compute": {"instanceType": "ml.r5.4xlarge"}}
}
