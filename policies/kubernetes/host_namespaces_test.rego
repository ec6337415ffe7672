package tollgate.rules.kubernetes.host_namespaces_test

import data.tollgate.rules.kubernetes.host_namespaces as rule

found(vs) := {[v.rule, v.path] | some v in vs}

containers := [{"name": "worker", "image": "worker:1"}]

test_host_network_on_pod_is_flagged if {
	doc := {"kind": "Pod", "metadata": {"name": "nccl-test"}, "spec": {"hostNetwork": true, "containers": containers}}
	vs := rule.violations with input as [doc]
	found(vs) == {["TG-K8S-005", [0, "spec", "hostNetwork"]]}
	some v in vs
	v.msg == "Pod 'nccl-test' sets hostNetwork: true"
}

test_all_three_on_daemonset_are_flagged if {
	doc := {
		"apiVersion": "apps/v1",
		"kind": "DaemonSet",
		"metadata": {"name": "node-profiler"},
		"spec": {"template": {"spec": {"hostNetwork": true, "hostPID": true, "hostIPC": true, "containers": containers}}},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {
		["TG-K8S-005", [0, "spec", "template", "spec", "hostNetwork"]],
		["TG-K8S-005", [0, "spec", "template", "spec", "hostPID"]],
		["TG-K8S-005", [0, "spec", "template", "spec", "hostIPC"]],
	}
}

test_host_ipc_on_replicaset if {
	doc := {
		"apiVersion": "apps/v1",
		"kind": "ReplicaSet",
		"metadata": {"name": "shm-workers"},
		"spec": {"template": {"spec": {"hostIPC": true, "containers": containers}}},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {["TG-K8S-005", [0, "spec", "template", "spec", "hostIPC"]]}
}

test_false_is_compliant if {
	doc := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"hostNetwork": false, "hostPID": false, "hostIPC": false, "containers": containers}}
	count(rule.violations) == 0 with input as [doc]
}

test_absent_is_compliant if {
	count(rule.violations) == 0 with input as [{"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers}}]
}

# Container-level fields with the same names are not host namespaces.
test_only_the_pod_spec_counts if {
	doc := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "c:1", "hostNetwork": true}]}}
	count(rule.violations) == 0 with input as [doc]
}

test_multi_document_file if {
	docs := [
		{"kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": containers}},
		{"kind": "Job", "metadata": {"name": "b"}, "spec": {"template": {"spec": {"hostPID": true, "containers": containers}}}},
	]
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-005", [1, "spec", "template", "spec", "hostPID"]]}
}
