package tollgate.rules.kubernetes.approved_registry_test

import data.tollgate.rules.kubernetes.approved_registry as rule

found(vs) := {[v.rule, v.path] | some v in vs}

registries := ["ghcr.io/acme-ml/", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/"]

job(containers, init) := [{
	"apiVersion": "batch/v1",
	"kind": "Job",
	"metadata": {"name": "train"},
	"spec": {"template": {"spec": {"initContainers": init, "containers": containers}}},
}]

c(name, image) := {"name": name, "image": image}

test_public_images_are_flagged if {
	vs := rule.violations with input as job([c("trainer", "pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime")], [c("fetch", "amazon/aws-cli:2.15.30")])
		with data.params.governance.approved_registries as registries
	found(vs) == {
		["TG-K8S-014", [0, "spec", "template", "spec", "containers", 0, "image"]],
		["TG-K8S-014", [0, "spec", "template", "spec", "initContainers", 0, "image"]],
	}
	some v in vs
	v.msg == "image 'pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime' of container 'trainer' of Job 'train' comes from docker.io, which is not an approved registry"
}

test_other_registry_is_flagged if {
	vs := rule.violations with input as job([c("trainer", "nvcr.io/nvidia/pytorch:24.05-py3")], [])
		with data.params.governance.approved_registries as registries
	some v in vs
	v.msg == "image 'nvcr.io/nvidia/pytorch:24.05-py3' of container 'trainer' of Job 'train' comes from nvcr.io, which is not an approved registry"
}

test_approved_images_are_compliant if {
	count(rule.violations) == 0 with input as job(
		[c("trainer", "ghcr.io/acme-ml/trainer:1.7.0@sha256:ec8207a3dde607f7867f8f5390915018488b877761306ffd4ef099f9b3ee16a1")],
		[c("fetch", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/aws-cli:2.15.30")],
	)
		with data.params.governance.approved_registries as registries
}

test_prefix_is_a_path_not_just_a_host if {
	count(rule.violations) == 1 with input as job([c("trainer", "ghcr.io/someone-else/trainer:1")], [])
		with data.params.governance.approved_registries as registries
}

test_empty_list_approves_everything if {
	count(rule.violations) == 0 with input as job([c("trainer", "pytorch/pytorch:2.3.1")], [])
		with data.params.governance.approved_registries as []
}

test_templated_and_missing_images_are_not_judged if {
	count(rule.violations) == 0 with input as job([c("a", "${REGISTRY}/trainer:1"), {"name": "b"}, c("d", "")], [])
		with data.params.governance.approved_registries as registries
}

test_ephemeral_containers_are_checked if {
	doc := {"kind": "Pod", "metadata": {"name": "nb"}, "spec": {
		"containers": [c("nb", "ghcr.io/acme-ml/notebook:1")],
		"ephemeralContainers": [c("debug", "busybox:1.36")],
	}}
	vs := rule.violations with input as [doc] with data.params.governance.approved_registries as registries
	found(vs) == {["TG-K8S-014", [0, "spec", "ephemeralContainers", 0, "image"]]}
}
