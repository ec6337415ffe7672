package tollgate.rules.kubernetes.resource_limits_test

import data.tollgate.rules.kubernetes.resource_limits as rule

found(vs) := {[v.rule, v.path] | some v in vs}

replicaset(containers) := [{
	"apiVersion": "apps/v1",
	"kind": "ReplicaSet",
	"metadata": {"name": "embedding-api"},
	"spec": {"template": {"spec": {"containers": containers}}},
}]

api(resources) := {"name": "api", "image": "embedding-api:1", "resources": resources}

limits_path(r) := [0, "spec", "template", "spec", "containers", 0, "resources", "limits", r]

test_no_resources_is_flagged_once if {
	vs := rule.violations with input as replicaset([{"name": "api", "image": "embedding-api:1"}])
	found(vs) == {["TG-K8S-008", limits_path("cpu")]}
	some v in vs
	v.msg == "container 'api' of ReplicaSet 'embedding-api' sets no cpu or memory limit"
}

test_requests_only_is_flagged if {
	vs := rule.violations with input as replicaset([api({"requests": {"cpu": "1", "memory": "2Gi"}})])
	found(vs) == {["TG-K8S-008", limits_path("cpu")]}
}

test_missing_memory_points_at_memory if {
	vs := rule.violations with input as replicaset([api({"limits": {"cpu": "2"}})])
	found(vs) == {["TG-K8S-008", limits_path("memory")]}
	some v in vs
	v.msg == "container 'api' of ReplicaSet 'embedding-api' sets no memory limit"
}

test_missing_cpu_points_at_cpu if {
	vs := rule.violations with input as replicaset([api({"limits": {"memory": "4Gi"}})])
	found(vs) == {["TG-K8S-008", limits_path("cpu")]}
}

test_both_limits_are_compliant if {
	count(rule.violations) == 0 with input as replicaset([api({"limits": {"cpu": "2", "memory": "4Gi"}})])
}

# A GPU limit is not a CPU or memory limit.
test_gpu_limit_alone_is_flagged if {
	count(rule.violations) == 1 with input as replicaset([api({"limits": {"nvidia.com/gpu": 1}})])
}

test_init_container_is_checked_and_ephemeral_is_not if {
	doc := {
		"kind": "Pod",
		"metadata": {"name": "nb"},
		"spec": {
			"initContainers": [{"name": "pip-install", "image": "python:3.12", "resources": {"limits": {"cpu": "1"}}}],
			"containers": [api({"limits": {"cpu": "2", "memory": "4Gi"}})],
			"ephemeralContainers": [{"name": "debug", "image": "busybox:1"}],
		},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {["TG-K8S-008", [0, "spec", "initContainers", 0, "resources", "limits", "memory"]]}
}

test_multi_document_file if {
	docs := array.concat(
		replicaset([api({"limits": {"cpu": "2", "memory": "4Gi"}})]),
		replicaset([api({}), api({"limits": {"cpu": "2", "memory": "4Gi"}})]),
	)
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-008", [1, "spec", "template", "spec", "containers", 0, "resources", "limits", "cpu"]]}
}
