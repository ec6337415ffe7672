package tollgate.rules.kubernetes.gpu_limits_test

import data.tollgate.rules.kubernetes.gpu_limits as rule

found(vs) := {[v.rule, v.path] | some v in vs}

statefulset(resources) := [{
	"apiVersion": "apps/v1",
	"kind": "StatefulSet",
	"metadata": {"name": "ray-worker"},
	"spec": {"template": {"spec": {"containers": [{"name": "worker", "image": "rayproject/ray-ml:2.9.0-gpu", "resources": resources}]}}},
}]

limit_path(gpu) := [0, "spec", "template", "spec", "containers", 0, "resources", "limits", gpu]

test_request_without_limit_is_flagged if {
	vs := rule.violations with input as statefulset({"requests": {"nvidia.com/gpu": 2, "cpu": "8"}, "limits": {"cpu": "8"}})
	found(vs) == {["TG-K8S-007", limit_path("nvidia.com/gpu")]}
	some v in vs
	v.msg == "container 'worker' of StatefulSet 'ray-worker' requests 2 nvidia.com/gpu but sets no limit for it"
}

test_request_without_any_limits_is_flagged if {
	vs := rule.violations with input as statefulset({"requests": {"nvidia.com/gpu": "1"}})
	found(vs) == {["TG-K8S-007", limit_path("nvidia.com/gpu")]}
}

test_limit_different_from_request_is_flagged if {
	vs := rule.violations with input as statefulset({"requests": {"nvidia.com/gpu": "2"}, "limits": {"nvidia.com/gpu": "1"}})
	found(vs) == {["TG-K8S-007", limit_path("nvidia.com/gpu")]}
	some v in vs
	v.msg == "container 'worker' of StatefulSet 'ray-worker' requests 2 nvidia.com/gpu but limits it to 1"
}

test_equal_strings_are_compliant if {
	count(rule.violations) == 0 with input as statefulset({"requests": {"nvidia.com/gpu": "1"}, "limits": {"nvidia.com/gpu": "1"}})
}

test_equal_numbers_are_compliant if {
	count(rule.violations) == 0 with input as statefulset({"requests": {"nvidia.com/gpu": 4}, "limits": {"nvidia.com/gpu": 4}})
}

# YAML gives "1" (quoted) and 1 (plain) different types; they are the same quantity.
test_string_and_number_are_the_same_quantity if {
	count(rule.violations) == 0 with input as statefulset({"requests": {"nvidia.com/gpu": "1"}, "limits": {"nvidia.com/gpu": 1}})
	count(rule.violations) == 0 with input as statefulset({"requests": {"nvidia.com/gpu": 1}, "limits": {"nvidia.com/gpu": "1"}})
}

test_limit_only_is_compliant if {
	count(rule.violations) == 0 with input as statefulset({"limits": {"nvidia.com/gpu": 8}})
}

test_no_gpu_is_compliant if {
	count(rule.violations) == 0 with input as statefulset({"requests": {"cpu": "2"}, "limits": {"cpu": "4"}})
}

test_every_configured_gpu_resource_is_checked if {
	vs := rule.violations with input as statefulset({
		"requests": {"nvidia.com/gpu": 1, "amd.com/gpu": 1},
		"limits": {"nvidia.com/gpu": 1},
	})
	found(vs) == {["TG-K8S-007", limit_path("amd.com/gpu")]}
}

test_gpu_resources_parameter if {
	res := {"requests": {"nvidia.com/gpu": 1, "habana.ai/gaudi": 8}}
	vs := rule.violations with input as statefulset(res)
		with data.params.kubernetes.gpu_resources as ["habana.ai/gaudi"]
	found(vs) == {["TG-K8S-007", limit_path("habana.ai/gaudi")]}
}

test_init_container_is_checked_and_ephemeral_is_not if {
	doc := {
		"kind": "Pod",
		"metadata": {"name": "warmup"},
		"spec": {
			"initContainers": [{"name": "compile-kernels", "image": "triton:1", "resources": {"requests": {"nvidia.com/gpu": 1}}}],
			"containers": [{"name": "server", "image": "triton:1", "resources": {"limits": {"nvidia.com/gpu": 1}}}],
			"ephemeralContainers": [{"name": "debug", "image": "busybox:1", "resources": {"requests": {"nvidia.com/gpu": 1}}}],
		},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {["TG-K8S-007", [0, "spec", "initContainers", 0, "resources", "limits", "nvidia.com/gpu"]]}
}

test_multi_document_file if {
	ok := statefulset({"requests": {"nvidia.com/gpu": 1}, "limits": {"nvidia.com/gpu": 1}})
	bad := statefulset({"requests": {"nvidia.com/gpu": 1}})
	vs := rule.violations with input as array.concat(ok, bad)
	found(vs) == {["TG-K8S-007", [1, "spec", "template", "spec", "containers", 0, "resources", "limits", "nvidia.com/gpu"]]}
}
