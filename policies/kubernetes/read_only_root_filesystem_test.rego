package tollgate.rules.kubernetes.read_only_root_filesystem_test

import data.tollgate.rules.kubernetes.read_only_root_filesystem as rule

found(vs) := {[v.rule, v.path] | some v in vs}

statefulset(pod_spec) := [{
	"apiVersion": "apps/v1",
	"kind": "StatefulSet",
	"metadata": {"name": "vector-db"},
	"spec": {"template": {"spec": pod_spec}},
}]

db(sc) := {"name": "db", "image": "qdrant:1", "securityContext": sc}

ro_path(field, i) := [0, "spec", "template", "spec", field, i, "securityContext", "readOnlyRootFilesystem"]

test_missing_is_flagged if {
	vs := rule.violations with input as statefulset({"containers": [{"name": "db", "image": "qdrant:1"}]})
	found(vs) == {["TG-K8S-010", ro_path("containers", 0)]}
	some v in vs
	v.msg == "container 'db' of StatefulSet 'vector-db' does not set securityContext.readOnlyRootFilesystem to true"
}

test_false_is_flagged if {
	vs := rule.violations with input as statefulset({"containers": [db({"readOnlyRootFilesystem": false})]})
	found(vs) == {["TG-K8S-010", ro_path("containers", 0)]}
}

test_true_is_compliant if {
	count(rule.violations) == 0 with input as statefulset({"containers": [db({"readOnlyRootFilesystem": true})]})
}

# The field exists only on containers; a pod-level one is not a read-only root filesystem.
test_pod_level_field_does_not_count if {
	vs := rule.violations with input as statefulset({"securityContext": {"readOnlyRootFilesystem": true}, "containers": [db({})]})
	found(vs) == {["TG-K8S-010", ro_path("containers", 0)]}
}

test_init_containers_are_checked_and_ephemeral_are_not if {
	vs := rule.violations with input as statefulset({
		"initContainers": [db({})],
		"containers": [db({"readOnlyRootFilesystem": true})],
		"ephemeralContainers": [{"name": "debug", "image": "busybox:1"}],
	})
	found(vs) == {["TG-K8S-010", ro_path("initContainers", 0)]}
}

test_cronjob if {
	doc := {
		"kind": "CronJob",
		"metadata": {"name": "nightly-eval"},
		"spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [db({})]}}}}},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {["TG-K8S-010", [0, "spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"]]}
}

test_windows_pods_are_not_checked if {
	doc := {"kind": "Pod", "metadata": {"name": "win"}, "spec": {"os": {"name": "windows"}, "containers": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}]}}
	count(rule.violations) == 0 with input as [doc]
}
