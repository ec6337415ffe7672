package tollgate.rules.kubernetes.drop_capabilities_test

import data.tollgate.rules.kubernetes.drop_capabilities as rule

found(vs) := {[v.rule, v.path] | some v in vs}

deployment(pod_spec) := [{
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "embedding-api"},
	"spec": {"template": {"spec": pod_spec}},
}]

api(sc) := {"name": "api", "image": "embedding-api:1", "securityContext": sc}

drop_path(field, i) := [0, "spec", "template", "spec", field, i, "securityContext", "capabilities", "drop"]

test_no_security_context_is_flagged if {
	vs := rule.violations with input as deployment({"containers": [{"name": "api", "image": "embedding-api:1"}]})
	found(vs) == {["TG-K8S-009", drop_path("containers", 0)]}
	some v in vs
	v.msg == "container 'api' of Deployment 'embedding-api' does not drop ALL capabilities"
}

test_dropping_some_is_flagged_with_what_it_drops if {
	vs := rule.violations with input as deployment({"containers": [api({"capabilities": {"drop": ["NET_RAW", "SYS_ADMIN"]}})]})
	found(vs) == {["TG-K8S-009", drop_path("containers", 0)]}
	some v in vs
	v.msg == "container 'api' of Deployment 'embedding-api' drops only NET_RAW, SYS_ADMIN, not ALL capabilities"
}

test_empty_drop_list_is_flagged if {
	vs := rule.violations with input as deployment({"containers": [api({"capabilities": {"drop": []}})]})
	some v in vs
	v.msg == "container 'api' of Deployment 'embedding-api' does not drop ALL capabilities"
}

test_add_only_is_flagged if {
	count(rule.violations) == 1 with input as deployment({"containers": [api({"capabilities": {"add": ["NET_BIND_SERVICE"]}})]})
}

test_drop_all_is_compliant if {
	count(rule.violations) == 0 with input as deployment({"containers": [api({"capabilities": {"drop": ["ALL"]}})]})
}

test_drop_all_and_add_back_is_compliant if {
	count(rule.violations) == 0 with input as deployment({"containers": [api({"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}})]})
}

test_lower_case_all_is_compliant if {
	count(rule.violations) == 0 with input as deployment({"containers": [api({"capabilities": {"drop": ["all"]}})]})
}

test_init_and_ephemeral_containers_are_checked if {
	ok := api({"capabilities": {"drop": ["ALL"]}})
	vs := rule.violations with input as deployment({
		"initContainers": [{"name": "migrate", "image": "migrate:1"}],
		"containers": [ok],
		"ephemeralContainers": [{"name": "debug", "image": "busybox:1"}],
	})
	found(vs) == {
		["TG-K8S-009", drop_path("initContainers", 0)],
		["TG-K8S-009", drop_path("ephemeralContainers", 0)],
	}
}

test_non_string_entries_are_ignored if {
	vs := rule.violations with input as deployment({"containers": [api({"capabilities": {"drop": [1, "NET_RAW"]}})]})
	some v in vs
	v.msg == "container 'api' of Deployment 'embedding-api' drops only NET_RAW, not ALL capabilities"
}

test_multi_document_file if {
	docs := array.concat(
		deployment({"containers": [api({"capabilities": {"drop": ["ALL"]}})]}),
		[{"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "c:1"}]}}],
	)
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-009", [1, "spec", "containers", 0, "securityContext", "capabilities", "drop"]]}
}

test_windows_pods_are_not_checked if {
	doc := {"kind": "Pod", "metadata": {"name": "win"}, "spec": {"os": {"name": "windows"}, "containers": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}]}}
	count(rule.violations) == 0 with input as [doc]
}
