package tollgate.rules.kubernetes.default_namespace_test

import data.tollgate.rules.kubernetes.default_namespace as rule

found(vs) := {[v.rule, v.path] | some v in vs}

pod(metadata) := {"apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": {"containers": [{"name": "c", "image": "c:1"}]}}

test_explicit_default_is_flagged if {
	vs := rule.violations with input as [pod({"name": "scratch", "namespace": "default"})]
	found(vs) == {["TG-K8S-013", [0, "metadata", "namespace"]]}
	some v in vs
	v.msg == "Pod 'scratch' is in the default namespace"
}

test_team_namespace_is_compliant if {
	count(rule.violations) == 0 with input as [pod({"name": "scratch", "namespace": "research"})]
}

test_absent_namespace_is_compliant_by_default if {
	count(rule.violations) == 0 with input as [pod({"name": "scratch"})] with data.params.kubernetes.require_namespace as false
}

test_absent_namespace_when_required if {
	vs := rule.violations with input as [pod({"name": "scratch"}), pod({"name": "other", "namespace": ""}), pod({"name": "ok", "namespace": "research"})]
		with data.params.kubernetes.require_namespace as true
	found(vs) == {["TG-K8S-013", [0, "metadata", "namespace"]], ["TG-K8S-013", [1, "metadata", "namespace"]]}
	some v in vs
	v.msg == "Pod 'scratch' names no namespace, so it goes to the default namespace unless applied with -n"
}

test_only_workloads_are_checked if {
	docs := [
		{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg", "namespace": "default"}},
		{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "svc", "namespace": "default"}},
	]
	count(rule.violations) == 0 with input as docs with data.params.kubernetes.require_namespace as true
}

test_workload_kinds_and_custom_resources if {
	docs := [
		{"kind": "CronJob", "metadata": {"name": "cj", "namespace": "default"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}}},
		{"apiVersion": "kubeflow.org/v1", "kind": "PyTorchJob", "metadata": {"name": "pt", "namespace": "default"}, "spec": {"pytorchReplicaSpecs": {"Master": {"template": {"spec": {"containers": [{"name": "c"}]}}}, "Worker": {"template": {"spec": {"containers": [{"name": "c"}]}}}}}},
	]
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-013", [0, "metadata", "namespace"]], ["TG-K8S-013", [1, "metadata", "namespace"]]}
}
