package tollgate.rules.kubernetes.run_as_non_root_test

import data.tollgate.rules.kubernetes.run_as_non_root as rule

found(vs) := {[v.rule, v.path] | some v in vs}

# A Job whose pod spec is extended with `pod_fields`.
job(pod_fields) := [{
	"apiVersion": "batch/v1",
	"kind": "Job",
	"metadata": {"name": "finetune-llama"},
	"spec": {"template": {"spec": object.union({"restartPolicy": "Never"}, pod_fields)}},
}]

trainer := {"name": "trainer", "image": "trainer:1"}

spec_path := [0, "spec", "template", "spec"]

test_no_setting_anywhere_is_flagged_on_the_container if {
	vs := rule.violations with input as job({"containers": [trainer]})
	found(vs) == {["TG-K8S-003", array.concat(spec_path, ["containers", 0, "securityContext", "runAsNonRoot"])]}
	some v in vs
	v.msg == "container 'trainer' of Job 'finetune-llama' may run as root: runAsNonRoot is not true"
}

test_pod_level_true_is_compliant if {
	count(rule.violations) == 0 with input as job({
		"securityContext": {"runAsNonRoot": true, "runAsUser": 1000},
		"containers": [trainer],
	})
}

test_container_level_true_is_compliant if {
	c := object.union(trainer, {"securityContext": {"runAsNonRoot": true}})
	count(rule.violations) == 0 with input as job({"containers": [c]})
}

test_container_false_overrides_pod_true if {
	c := object.union(trainer, {"securityContext": {"runAsNonRoot": false}})
	vs := rule.violations with input as job({"securityContext": {"runAsNonRoot": true}, "containers": [c]})
	found(vs) == {["TG-K8S-003", array.concat(spec_path, ["containers", 0, "securityContext", "runAsNonRoot"])]}
}

test_container_true_overrides_pod_false if {
	c := object.union(trainer, {"securityContext": {"runAsNonRoot": true}})
	count(rule.violations) == 0 with input as job({"securityContext": {"runAsNonRoot": false}, "containers": [c]})
}

# A pod-level false is reported where it is written, not on each container.
test_pod_level_false_points_at_the_pod_setting if {
	vs := rule.violations with input as job({"securityContext": {"runAsNonRoot": false}, "containers": [trainer]})
	found(vs) == {["TG-K8S-003", array.concat(spec_path, ["securityContext", "runAsNonRoot"])]}
}

test_pod_security_context_without_the_key_is_flagged_on_the_container if {
	vs := rule.violations with input as job({"securityContext": {"fsGroup": 1000}, "containers": [trainer]})
	found(vs) == {["TG-K8S-003", array.concat(spec_path, ["containers", 0, "securityContext", "runAsNonRoot"])]}
}

# The rule asks for runAsNonRoot itself; a runAsUser alone is not accepted.
test_run_as_user_alone_is_flagged if {
	c := object.union(trainer, {"securityContext": {"runAsUser": 1000}})
	count(rule.violations) == 1 with input as job({"containers": [c]})
}

test_init_container_inherits_the_pod_setting if {
	count(rule.violations) == 0 with input as job({
		"securityContext": {"runAsNonRoot": true},
		"initContainers": [{"name": "download-weights", "image": "aws-cli:2"}],
		"containers": [trainer],
	})
}

test_init_and_ephemeral_containers_are_checked if {
	ok := object.union(trainer, {"securityContext": {"runAsNonRoot": true}})
	vs := rule.violations with input as job({
		"initContainers": [{"name": "download-weights", "image": "aws-cli:2", "securityContext": {"runAsNonRoot": false}}],
		"containers": [ok],
		"ephemeralContainers": [{"name": "debug", "image": "busybox:1"}],
	})
	found(vs) == {
		["TG-K8S-003", array.concat(spec_path, ["initContainers", 0, "securityContext", "runAsNonRoot"])],
		["TG-K8S-003", array.concat(spec_path, ["ephemeralContainers", 0, "securityContext", "runAsNonRoot"])],
	}
}

test_multi_document_file if {
	docs := [
		{"kind": "Service", "metadata": {"name": "svc"}, "spec": {"ports": [{"port": 80}]}},
		{"kind": "Pod", "metadata": {"name": "nb"}, "spec": {"securityContext": {"runAsNonRoot": true}, "containers": [trainer]}},
		{"kind": "Pod", "metadata": {"name": "nb2"}, "spec": {"containers": [trainer]}},
	]
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-003", [2, "spec", "containers", 0, "securityContext", "runAsNonRoot"]]}
}
