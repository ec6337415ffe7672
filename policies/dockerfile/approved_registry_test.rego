package tollgate.rules.dockerfile.approved_registry_test

import data.tollgate.rules.dockerfile.approved_registry as rule

found(vs) := {[v.rule, v.path] | some v in vs}

registries := ["123456789012.dkr.ecr.eu-west-1.amazonaws.com/", "nvcr.io/nvidia/"]

from(image) := {"image": image, "resolved": true, "digest": null, "stage": null, "scratch": false}

stage(name, f, instructions) := {"name": name, "from": f, "instructions": instructions}

copy_from(src) := {"cmd": "COPY", "value": "/x /y", "flags": {"from": src}, "sources": ["/x"], "destination": "/y", "heredocs": []}

test_docker_hub_image_is_flagged if {
	vs := rule.violations with input as {"args": [], "stages": [stage("serve", from("python:3.11-slim"), [])]}
		with data.params.governance.approved_registries as registries
	found(vs) == {["TG-DOCKER-003", ["stages", 0, "from", "image"]]}
	some v in vs
	v.msg == "stage 'serve' uses the image 'python:3.11-slim' from docker.io, which is not an approved registry"
}

test_approved_images_are_compliant if {
	stages := [
		stage("build", from("nvcr.io/nvidia/pytorch:24.05-py3"), []),
		stage(null, from("123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/python:3.11"), []),
	]
	count(rule.violations) == 0 with input as {"args": [], "stages": stages}
		with data.params.governance.approved_registries as registries
}

test_empty_list_approves_everything if {
	count(rule.violations) == 0 with input as {"args": [], "stages": [stage(null, from("python:3.11"), [])]}
		with data.params.governance.approved_registries as []
}

test_stages_scratch_and_unresolved_arguments_are_not_images if {
	stages := [
		stage("build", from("nvcr.io/nvidia/pytorch:24.05-py3"), []),
		stage("final", object.union(from("build"), {"stage": 0}), []),
		stage("empty", object.union(from("scratch"), {"scratch": true}), []),
		stage("arg", object.union(from(""), {"resolved": false}), []),
	]
	count(rule.violations) == 0 with input as {"args": [], "stages": stages}
		with data.params.governance.approved_registries as registries
}

test_copy_from_an_image_is_flagged if {
	stages := [
		stage("build", from("nvcr.io/nvidia/pytorch:24.05-py3"), []),
		stage("final", from("nvcr.io/nvidia/cuda:12.4.1-runtime-ubuntu22.04"), [
			copy_from("build"),
			copy_from("BUILD"),
			copy_from("0"),
			copy_from("deps"),
			copy_from("ghcr.io/astral-sh/uv:0.4.18"),
			copy_from("nvcr.io/nvidia/tritonserver:24.05-py3"),
			copy_from("${UV_IMAGE}"),
		]),
	]
	vs := rule.violations with input as {"args": [], "stages": stages}
		with data.params.governance.approved_registries as registries
	found(vs) == {["TG-DOCKER-003", ["stages", 1, "instructions", 4, "flags", "from"]]}
	some v in vs
	v.msg == "COPY --from in stage 'final' uses the image 'ghcr.io/astral-sh/uv:0.4.18' from ghcr.io, which is not an approved registry"
}

test_every_stage_is_checked if {
	stages := [stage(null, from("golang:1.22"), []), stage(null, from("gcr.io/distroless/static"), [])]
	vs := rule.violations with input as {"args": [], "stages": stages}
		with data.params.governance.approved_registries as registries
	found(vs) == {["TG-DOCKER-003", ["stages", 0, "from", "image"]], ["TG-DOCKER-003", ["stages", 1, "from", "image"]]}
}
