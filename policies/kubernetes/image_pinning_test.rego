package tollgate.rules.kubernetes.image_pinning_test

import data.tollgate.rules.kubernetes.image_pinning as rule

found(vs) := {[v.rule, v.path] | some v in vs}

digest := "sha256:4b2a8e7f0c5d3e1a9b6c8d7e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"

deployment(image) := [{
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "llm-inference"},
	"spec": {"template": {"spec": {"containers": [{"name": "server", "image": image}]}}},
}]

image_path := [0, "spec", "template", "spec", "containers", 0, "image"]

violation_msgs(image) := msgs if {
	vs := rule.violations with input as deployment(image)
	msgs := {v.msg | some v in vs}
}

test_no_tag_is_flagged if {
	vs := rule.violations with input as deployment("vllm/vllm-openai")
	found(vs) == {["TG-K8S-006", image_path]}
	violation_msgs("vllm/vllm-openai") == {"image 'vllm/vllm-openai' of container 'server' of Deployment 'llm-inference' has no tag, so it means :latest"}
}

test_latest_is_flagged if {
	vs := rule.violations with input as deployment("vllm/vllm-openai:latest")
	found(vs) == {["TG-K8S-006", image_path]}
	violation_msgs("vllm/vllm-openai:latest") == {"image 'vllm/vllm-openai:latest' of container 'server' of Deployment 'llm-inference' uses the moving tag :latest"}
}

test_tag_without_digest_is_flagged_by_default if {
	vs := rule.violations with input as deployment("vllm/vllm-openai:v0.6.3")
	found(vs) == {["TG-K8S-006", image_path]}
	violation_msgs("vllm/vllm-openai:v0.6.3") == {"image 'vllm/vllm-openai:v0.6.3' of container 'server' of Deployment 'llm-inference' is not pinned by digest"}
}

test_digest_is_compliant if {
	count(rule.violations) == 0 with input as deployment(concat("@", ["vllm/vllm-openai", digest]))
}

test_tag_and_digest_is_compliant if {
	count(rule.violations) == 0 with input as deployment(concat("@", ["vllm/vllm-openai:v0.6.3", digest]))
}

# A digest wins over the tag it was taken from, even :latest.
test_latest_with_digest_is_compliant if {
	count(rule.violations) == 0 with input as deployment(concat("@", ["vllm/vllm-openai:latest", digest]))
}

test_tag_accepted_when_digest_not_required if {
	count(rule.violations) == 0 with input as deployment("vllm/vllm-openai:v0.6.3")
		with data.params.kubernetes.require_image_digest as false
}

test_latest_refused_even_when_digest_not_required if {
	vs := rule.violations with input as deployment("vllm/vllm-openai:latest")
		with data.params.kubernetes.require_image_digest as false
	found(vs) == {["TG-K8S-006", image_path]}
}

test_no_tag_refused_even_when_digest_not_required if {
	vs := rule.violations with input as deployment("pytorch/pytorch")
		with data.params.kubernetes.require_image_digest as false
	found(vs) == {["TG-K8S-006", image_path]}
}

# The port of a registry is not a tag.
test_registry_port_is_not_a_tag if {
	violation_msgs("registry.ml.internal:5000/inference/server") == {"image 'registry.ml.internal:5000/inference/server' of container 'server' of Deployment 'llm-inference' has no tag, so it means :latest"}
}

test_registry_port_with_tag if {
	count(rule.violations) == 0 with input as deployment("registry.ml.internal:5000/inference/server:2.1.0")
		with data.params.kubernetes.require_image_digest as false
	count(rule.violations) == 1 with input as deployment("registry.ml.internal:5000/inference/server:2.1.0")
}

test_init_and_ephemeral_containers_are_checked if {
	pinned := concat("@", ["server:1", digest])
	doc := {
		"kind": "Pod",
		"metadata": {"name": "nb"},
		"spec": {
			"initContainers": [{"name": "fetch", "image": "amazon/aws-cli"}],
			"containers": [{"name": "jupyter", "image": pinned}],
			"ephemeralContainers": [{"name": "debug", "image": "busybox:latest"}],
		},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {
		["TG-K8S-006", [0, "spec", "initContainers", 0, "image"]],
		["TG-K8S-006", [0, "spec", "ephemeralContainers", 0, "image"]],
	}
}

test_cronjob_and_multi_document_file if {
	cron := {
		"kind": "CronJob",
		"metadata": {"name": "nightly-retrain"},
		"spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "train", "image": "trainer:nightly"}]}}}}},
	}
	docs := array.concat(deployment(concat("@", ["server:1", digest])), [cron])
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-006", [1, "spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "image"]]}
}

# A container without an image is a schema problem, not a pinning one.
test_missing_image_is_ignored if {
	doc := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c"}]}}
	count(rule.violations) == 0 with input as [doc]
}
