package tollgate.rules.kubernetes.added_capabilities_test

import data.tollgate.rules.kubernetes.added_capabilities as rule

found(vs) := {[v.rule, v.path] | some v in vs}

daemonset(containers) := [{
	"apiVersion": "apps/v1",
	"kind": "DaemonSet",
	"metadata": {"name": "gpu-profiler"},
	"spec": {"template": {"spec": {"containers": containers}}},
}]

with_caps(name, add) := {"name": name, "image": "profiler:1", "securityContext": {"capabilities": {"drop": ["ALL"], "add": add}}}

add_path(i, j) := [0, "spec", "template", "spec", "containers", i, "securityContext", "capabilities", "add", j]

test_added_capabilities_are_flagged_each_where_listed if {
	vs := rule.violations with input as daemonset([with_caps("profiler", ["NET_BIND_SERVICE", "SYS_ADMIN", "cap_sys_ptrace"])])
	found(vs) == {["TG-K8S-015", add_path(0, 1)], ["TG-K8S-015", add_path(0, 2)]}
	msgs := {v.msg | some v in vs}
	msgs == {
		"container 'profiler' of DaemonSet 'gpu-profiler' adds the capability SYS_ADMIN",
		"container 'profiler' of DaemonSet 'gpu-profiler' adds the capability SYS_PTRACE",
	}
}

test_allowed_and_absent_are_compliant if {
	count(rule.violations) == 0 with input as daemonset([
		with_caps("web", ["NET_BIND_SERVICE"]),
		with_caps("web2", ["CAP_NET_BIND_SERVICE"]),
		{"name": "plain", "image": "x:1"},
	])
}

test_allowed_list_parameter if {
	vs := rule.violations with input as daemonset([with_caps("profiler", ["SYS_ADMIN", "NET_BIND_SERVICE"])])
		with data.params.kubernetes.allowed_added_capabilities as ["SYS_ADMIN"]
	found(vs) == {["TG-K8S-015", add_path(0, 1)]}
}

test_init_and_ephemeral_containers if {
	doc := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {
		"initContainers": [with_caps("setup", ["NET_ADMIN"])],
		"containers": [{"name": "main", "image": "x:1"}],
		"ephemeralContainers": [with_caps("debug", ["SYS_PTRACE"])],
	}}
	vs := rule.violations with input as [doc]
	found(vs) == {
		["TG-K8S-015", [0, "spec", "initContainers", 0, "securityContext", "capabilities", "add", 0]],
		["TG-K8S-015", [0, "spec", "ephemeralContainers", 0, "securityContext", "capabilities", "add", 0]],
	}
}

test_windows_pods_are_not_checked if {
	doc := {"kind": "Pod", "metadata": {"name": "win"}, "spec": {"os": {"name": "windows"}, "containers": [with_caps("c", ["SYS_ADMIN"])]}}
	count(rule.violations) == 0 with input as [doc]
}
