package tollgate.rules.ml_workspace_request.profile_instance_type_test

import data.tollgate.rules.ml_workspace_request.profile_instance_type as rule

found(vs) := {[v.rule, v.path] | some v in vs}

request(profile, type) := {"compute": {"profile": profile, "instanceType": type, "count": 1}}

test_gpu_type_under_the_cpu_profile if {
	vs := rule.violations with input as request("cpu", "ml.g5.2xlarge")
	found(vs) == {["TG-REQ-005", ["compute", "instanceType"]]}
	some v in vs
	v.msg == "compute.instanceType ml.g5.2xlarge has GPUs, but the \"cpu\" profile is not accelerated; request one of gpu, cluster"
}

test_matching_profiles if {
	count(rule.violations) == 0 with input as request("gpu", "ml.g5.2xlarge")
	count(rule.violations) == 0 with input as request("cluster", "ml.p4d.24xlarge")
	count(rule.violations) == 0 with input as request("cpu", "ml.m5.xlarge")
	count(rule.violations) == 0 with input as request("gpu", "ml.m5.xlarge")
}
