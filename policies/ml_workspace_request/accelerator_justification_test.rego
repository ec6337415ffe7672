package tollgate.rules.ml_workspace_request.accelerator_justification_test

import data.tollgate.rules.ml_workspace_request.accelerator_justification as rule

found(vs) := {[v.rule, v.path] | some v in vs}

request(compute, extra) := object.union(
	{
		"team": "fraud-analytics",
		"directoryGroup": "grp-ml-fraud-analytics",
		"compute": compute,
		"dataSources": [],
	},
	extra,
)

gpu := {"profile": "gpu", "instanceType": "ml.g5.2xlarge", "count": 1}

test_gpu_without_justification_or_cost_centre_is_flagged if {
	vs := rule.violations with input as request(gpu, {})
	found(vs) == {["TG-REQ-001", ["compute", "justification"]], ["TG-REQ-001", ["compute", "profile"]]}
	msgs := {v.msg | some v in vs}
	msgs == {
		"the gpu profile needs compute.justification: say why CPU will not do",
		"the gpu profile needs a costCentre that pays for it",
	}
}

test_justified_and_paid_gpu_is_compliant if {
	c := object.union(gpu, {"justification": "fine-tuning a 7B model on transaction narratives"})
	count(rule.violations) == 0 with input as request(c, {"costCentre": "CC-4711"})
}

test_blank_justification_does_not_count if {
	c := object.union(gpu, {"justification": "  "})
	found(rule.violations) == {["TG-REQ-001", ["compute", "justification"]]} with input as request(c, {"costCentre": "CC-4711"})
}

test_cluster_is_accelerated_and_cpu_is_not if {
	found(rule.violations) == {["TG-REQ-001", ["compute", "justification"]], ["TG-REQ-001", ["compute", "profile"]]} with input as request({"profile": "cluster"}, {})
	count(rule.violations) == 0 with input as request({"profile": "cpu", "instanceType": "ml.m5.xlarge", "count": 1}, {})
}
