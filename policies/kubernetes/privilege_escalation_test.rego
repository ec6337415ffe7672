package tollgate.rules.kubernetes.privilege_escalation_test

import data.tollgate.rules.kubernetes.privilege_escalation as rule

found(vs) := {[v.rule, v.path] | some v in vs}

hardened := {"allowPrivilegeEscalation": false, "runAsNonRoot": true}

statefulset(containers) := [{
	"apiVersion": "apps/v1",
	"kind": "StatefulSet",
	"metadata": {"name": "feature-store"},
	"spec": {"template": {"spec": {"containers": containers}}},
}]

test_missing_security_context_is_flagged if {
	vs := rule.violations with input as statefulset([{"name": "redis", "image": "redis:7"}])
	found(vs) == {["TG-K8S-002", [0, "spec", "template", "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]]}
	some v in vs
	v.msg == "container 'redis' of StatefulSet 'feature-store' does not set securityContext.allowPrivilegeEscalation to false"
}

test_security_context_without_the_key_is_flagged if {
	c := {"name": "redis", "image": "redis:7", "securityContext": {"runAsNonRoot": true}}
	vs := rule.violations with input as statefulset([c])
	found(vs) == {["TG-K8S-002", [0, "spec", "template", "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]]}
}

test_allow_privilege_escalation_true_is_flagged if {
	c := {"name": "redis", "image": "redis:7", "securityContext": {"allowPrivilegeEscalation": true}}
	vs := rule.violations with input as statefulset([c])
	found(vs) == {["TG-K8S-002", [0, "spec", "template", "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]]}
}

test_false_is_compliant if {
	c := {"name": "redis", "image": "redis:7", "securityContext": hardened}
	count(rule.violations) == 0 with input as statefulset([c])
}

# A string "false" is not the boolean the API server expects.
test_string_false_is_flagged if {
	c := {"name": "redis", "image": "redis:7", "securityContext": {"allowPrivilegeEscalation": "false"}}
	count(rule.violations) == 1 with input as statefulset([c])
}

test_only_the_unhardened_container_is_flagged if {
	ok := {"name": "redis", "image": "redis:7", "securityContext": hardened}
	bad := {"name": "sidecar", "image": "envoy:1"}
	vs := rule.violations with input as statefulset([ok, bad])
	found(vs) == {["TG-K8S-002", [0, "spec", "template", "spec", "containers", 1, "securityContext", "allowPrivilegeEscalation"]]}
}

# The pod-level securityContext has no allowPrivilegeEscalation: setting it there does not count.
test_pod_level_setting_does_not_count if {
	doc := {
		"kind": "Pod",
		"metadata": {"name": "nb"},
		"spec": {
			"securityContext": {"allowPrivilegeEscalation": false},
			"containers": [{"name": "jupyter", "image": "jupyter:1"}],
		},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {["TG-K8S-002", [0, "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]]}
}

test_init_and_ephemeral_containers_are_checked if {
	doc := {
		"kind": "Pod",
		"metadata": {"name": "nb"},
		"spec": {
			"initContainers": [{"name": "fetch-model", "image": "aws-cli:2"}],
			"containers": [{"name": "jupyter", "image": "jupyter:1", "securityContext": hardened}],
			"ephemeralContainers": [{"name": "debugger", "image": "busybox:1"}],
		},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {
		["TG-K8S-002", [0, "spec", "initContainers", 0, "securityContext", "allowPrivilegeEscalation"]],
		["TG-K8S-002", [0, "spec", "ephemeralContainers", 0, "securityContext", "allowPrivilegeEscalation"]],
	}
}

test_multi_document_file if {
	ok := {"name": "a", "image": "a:1", "securityContext": hardened}
	docs := array.concat(statefulset([ok]), statefulset([{"name": "b", "image": "b:1"}]))
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-002", [1, "spec", "template", "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]]}
}
