package tollgate.kubernetes_test

import data.tollgate.kubernetes

digest := "sha256:4b2a8e7f0c5d3e1a9b6c8d7e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"

# A notebook pod that breaks most rules at once.
careless_notebook := {
	"apiVersion": "v1",
	"kind": "Pod",
	"metadata": {"name": "research-notebook", "namespace": "default"},
	"spec": {
		"hostNetwork": true,
		"containers": [{
			"name": "jupyter",
			"image": "jupyter/pytorch-notebook:latest",
			"securityContext": {"privileged": true, "capabilities": {"add": ["SYS_ADMIN"]}},
			"resources": {"requests": {"nvidia.com/gpu": 1}},
		}],
		"volumes": [{"name": "home", "hostPath": {"path": "/home"}}],
	},
}

hardened_container := {
	"name": "trainer",
	"image": concat("@", ["ghcr.io/acme/trainer:1.4.2", digest]),
	"securityContext": {"allowPrivilegeEscalation": false, "runAsNonRoot": true, "readOnlyRootFilesystem": true, "capabilities": {"drop": ["ALL"]}},
	"resources": {
		"requests": {"cpu": "8", "memory": "64Gi", "nvidia.com/gpu": "4"},
		"limits": {"cpu": "8", "memory": "64Gi", "nvidia.com/gpu": 4},
	},
}

hardened_job := {
	"apiVersion": "batch/v1",
	"kind": "Job",
	"metadata": {"name": "train-resnet", "namespace": "training"},
	"spec": {"template": {"spec": {
		"serviceAccountName": "trainer",
		"securityContext": {"runAsNonRoot": true, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
		"initContainers": [object.union(hardened_container, {"name": "fetch-data"})],
		"containers": [hardened_container],
		"volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "imagenet"}}],
	}}},
}

# The organisation's registries, so that the approved-registry rule has something to check.
approved_registries := ["ghcr.io/acme/"]

test_aggregator_collects_every_rule if {
	vs := kubernetes.violations with input as [careless_notebook]
		with data.params.governance.approved_registries as approved_registries
	{v.rule | some v in vs} == {
		"TG-K8S-001", "TG-K8S-002", "TG-K8S-003", "TG-K8S-004",
		"TG-K8S-005", "TG-K8S-006", "TG-K8S-007", "TG-K8S-008",
		"TG-K8S-009", "TG-K8S-010", "TG-K8S-011", "TG-K8S-012",
		"TG-K8S-013", "TG-K8S-014", "TG-K8S-015",
	}
}

test_aggregator_keeps_paths if {
	vs := kubernetes.violations with input as [careless_notebook]
		with data.params.governance.approved_registries as approved_registries
	{[v.rule, v.path] | some v in vs} == {
		["TG-K8S-001", [0, "spec", "containers", 0, "securityContext", "privileged"]],
		["TG-K8S-002", [0, "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]],
		["TG-K8S-003", [0, "spec", "containers", 0, "securityContext", "runAsNonRoot"]],
		["TG-K8S-004", [0, "spec", "volumes", 0, "hostPath"]],
		["TG-K8S-005", [0, "spec", "hostNetwork"]],
		["TG-K8S-006", [0, "spec", "containers", 0, "image"]],
		["TG-K8S-007", [0, "spec", "containers", 0, "resources", "limits", "nvidia.com/gpu"]],
		["TG-K8S-008", [0, "spec", "containers", 0, "resources", "limits", "cpu"]],
		["TG-K8S-009", [0, "spec", "containers", 0, "securityContext", "capabilities", "drop"]],
		["TG-K8S-010", [0, "spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"]],
		["TG-K8S-011", [0, "spec", "securityContext", "seccompProfile"]],
		["TG-K8S-012", [0, "spec", "automountServiceAccountToken"]],
		["TG-K8S-013", [0, "metadata", "namespace"]],
		["TG-K8S-014", [0, "spec", "containers", 0, "image"]],
		["TG-K8S-015", [0, "spec", "containers", 0, "securityContext", "capabilities", "add", 0]],
	}
}

test_aggregator_is_the_union_of_the_rules if {
	docs := [hardened_job, careless_notebook]
	all_rules := union({
		data.tollgate.rules.kubernetes.privileged_container.violations,
		data.tollgate.rules.kubernetes.privilege_escalation.violations,
		data.tollgate.rules.kubernetes.run_as_non_root.violations,
		data.tollgate.rules.kubernetes.host_path_volume.violations,
		data.tollgate.rules.kubernetes.host_namespaces.violations,
		data.tollgate.rules.kubernetes.image_pinning.violations,
		data.tollgate.rules.kubernetes.gpu_limits.violations,
		data.tollgate.rules.kubernetes.resource_limits.violations,
		data.tollgate.rules.kubernetes.drop_capabilities.violations,
		data.tollgate.rules.kubernetes.read_only_root_filesystem.violations,
		data.tollgate.rules.kubernetes.seccomp_profile.violations,
		data.tollgate.rules.kubernetes.service_account_token.violations,
		data.tollgate.rules.kubernetes.default_namespace.violations,
		data.tollgate.rules.kubernetes.approved_registry.violations,
		data.tollgate.rules.kubernetes.added_capabilities.violations,
	}) with input as docs
		with data.params.governance.approved_registries as approved_registries
	agg := kubernetes.violations with input as docs
		with data.params.governance.approved_registries as approved_registries
	agg == all_rules
	count(agg) == 15
}

test_hardened_job_is_compliant if {
	count(kubernetes.violations) == 0 with input as [hardened_job]
		with data.params.governance.approved_registries as approved_registries
}

test_multi_document_results_carry_the_document_index if {
	vs := kubernetes.violations with input as [hardened_job, careless_notebook]
	{v.path[0] | some v in vs} == {1}
}

test_results_have_the_contract_shape if {
	vs := kubernetes.violations with input as [careless_notebook]
	count(vs) > 0
	every v in vs {
		# params is optional (see lib/result.rego); nothing else may appear.
		object.keys(object.remove(v, ["params"])) == {"rule", "path", "msg"}
		is_string(v.rule)
		is_array(v.path)
		is_string(v.msg)
		v.msg != ""
	}
}

test_non_workload_documents_are_ignored if {
	docs := [
		{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "train-config"}, "data": {"epochs": "10"}},
		{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "svc"}, "spec": {"ports": [{"port": 8080}]}},
		null,
	]
	count(kubernetes.violations) == 0 with input as docs
}
