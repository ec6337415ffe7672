package tollgate.rules.dockerfile.image_digest_test

import data.tollgate.rules.dockerfile.image_digest as rule

found(vs) := {[v.rule, v.path] | some v in vs}

digest := "sha256:4b2a8e7f0c5d3e1a9b6c8d7e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"

from(image, d) := {"image": image, "resolved": true, "digest": d, "stage": null, "scratch": false}

stage(name, f) := {"name": name, "from": f, "instructions": []}

test_tag_without_digest_is_flagged if {
	vs := rule.violations with input as {"args": [], "stages": [stage("train", from("nvcr.io/nvidia/pytorch:24.05-py3", null))]}
	found(vs) == {["TG-DOCKER-002", ["stages", 0, "from", "image"]]}
	some v in vs
	v.msg == "base image 'nvcr.io/nvidia/pytorch:24.05-py3' of stage 'train' is not pinned by digest"
}

test_digest_is_compliant if {
	count(rule.violations) == 0 with input as {"args": [], "stages": [stage(null, from(concat("@", ["python:3.11", digest]), digest))]}
}

test_stage_references_and_scratch_are_not_images if {
	stages := [
		stage("build", from(concat("@", ["golang:1.22", digest]), digest)),
		stage("final", object.union(from("build", null), {"stage": 0})),
		stage("empty", object.union(from("scratch", null), {"scratch": true})),
	]
	count(rule.violations) == 0 with input as {"args": [], "stages": stages}
}

test_unresolved_build_argument_is_not_judged if {
	count(rule.violations) == 0 with input as {"args": [{"name": "BASE", "value": null}], "stages": [stage(null, object.union(from("", null), {"resolved": false}))]}
}

test_every_unpinned_stage_is_flagged if {
	vs := rule.violations with input as {"args": [], "stages": [stage("a", from("python:3.11", null)), stage("b", from("ubuntu", null))]}
	found(vs) == {["TG-DOCKER-002", ["stages", 0, "from", "image"]], ["TG-DOCKER-002", ["stages", 1, "from", "image"]]}
}
