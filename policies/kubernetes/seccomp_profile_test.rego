package tollgate.rules.kubernetes.seccomp_profile_test

import data.tollgate.rules.kubernetes.seccomp_profile as rule

found(vs) := {[v.rule, v.path] | some v in vs}

job(pod_spec) := [{
	"apiVersion": "batch/v1",
	"kind": "Job",
	"metadata": {"name": "finetune"},
	"spec": {"template": {"spec": pod_spec}},
}]

spec_path := [0, "spec", "template", "spec"]

trainer := {"name": "trainer", "image": "trainer:1"}

with_profile(c, t) := object.union(c, {"securityContext": {"seccompProfile": {"type": t}}})

pod_profile(t) := {"seccompProfile": {"type": t}}

test_nothing_set_is_flagged_once_on_the_pod if {
	vs := rule.violations with input as job({"initContainers": [trainer], "containers": [trainer, trainer]})
	found(vs) == {["TG-K8S-011", array.concat(spec_path, ["securityContext", "seccompProfile"])]}
	some v in vs
	v.msg == "Job 'finetune' sets no seccomp profile on the pod or its containers, so they run Unconfined"
}

test_pod_runtime_default_is_compliant if {
	count(rule.violations) == 0 with input as job({"securityContext": pod_profile("RuntimeDefault"), "containers": [trainer]})
}

test_pod_localhost_is_compliant if {
	count(rule.violations) == 0 with input as job({"securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "profiles/train.json"}}, "containers": [trainer]})
}

test_every_container_setting_its_own_is_compliant if {
	count(rule.violations) == 0 with input as job({"containers": [with_profile(trainer, "RuntimeDefault"), with_profile(trainer, "Localhost")]})
}

test_pod_unconfined_is_flagged_where_written if {
	vs := rule.violations with input as job({"securityContext": pod_profile("Unconfined"), "containers": [trainer, trainer]})
	found(vs) == {["TG-K8S-011", array.concat(spec_path, ["securityContext", "seccompProfile", "type"])]}
	some v in vs
	v.msg == "Job 'finetune' sets seccompProfile type \"Unconfined\"; use RuntimeDefault or Localhost"
}

test_pod_unconfined_overridden_by_every_container_is_compliant if {
	count(rule.violations) == 0 with input as job({"securityContext": pod_profile("Unconfined"), "containers": [with_profile(trainer, "RuntimeDefault")]})
}

test_container_unconfined_overrides_the_pod if {
	vs := rule.violations with input as job({"securityContext": pod_profile("RuntimeDefault"), "containers": [trainer, with_profile(trainer, "Unconfined")]})
	found(vs) == {["TG-K8S-011", array.concat(spec_path, ["containers", 1, "securityContext", "seccompProfile", "type"])]}
	some v in vs
	v.msg == "container 'trainer' of Job 'finetune' sets seccompProfile type \"Unconfined\"; use RuntimeDefault or Localhost"
}

test_containers_without_a_profile_beside_one_with_are_flagged if {
	vs := rule.violations with input as job({
		"initContainers": [{"name": "fetch", "image": "aws-cli:2"}],
		"containers": [with_profile(trainer, "RuntimeDefault")],
	})
	found(vs) == {["TG-K8S-011", array.concat(spec_path, ["initContainers", 0, "securityContext", "seccompProfile"])]}
	some v in vs
	v.msg == "container 'fetch' of Job 'finetune' sets no seccomp profile and its pod sets none, so it runs Unconfined"
}

test_pod_without_containers_is_ignored if {
	count(rule.violations) == 0 with input as job({})
}

test_kserve_predictor if {
	doc := {
		"apiVersion": "serving.kserve.io/v1beta1",
		"kind": "InferenceService",
		"metadata": {"name": "llm"},
		"spec": {"predictor": {"containers": [{"name": "kserve-container", "image": "vllm:1"}]}},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {["TG-K8S-011", [0, "spec", "predictor", "securityContext", "seccompProfile"]]}
}

test_windows_pods_are_not_checked if {
	doc := {"kind": "Pod", "metadata": {"name": "win"}, "spec": {"os": {"name": "windows"}, "containers": [{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"}]}}
	count(rule.violations) == 0 with input as [doc]
}
