package tollgate.rules.gitlab_ci.image_digest_test

import data.tollgate.rules.gitlab_ci.image_digest as rule

found(vs) := {[v.rule, v.path] | some v in vs}

digest := "sha256:4b2a8e7f0c5d3e1a9b6c8d7e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"

pipeline(jobs) := {"stages": ["test"], "jobs": jobs, "templates": {}, "default": {}, "include": []}

test_tagged_image_is_flagged if {
	vs := rule.violations with input as pipeline({"train": {"image": "python:3.11", "script": ["python train.py"]}})
	found(vs) == {["TG-GITLAB-001", ["jobs", "train", "image"]]}
	some v in vs
	v.msg == "job 'train' image 'python:3.11' is not pinned by digest"
}

test_image_object_and_services_are_checked if {
	job := {"image": {"name": "python:3.11", "entrypoint": [""]}, "services": ["docker:24-dind", {"name": "postgres:16", "alias": "db"}]}
	vs := rule.violations with input as pipeline({"it": job})
	found(vs) == {
		["TG-GITLAB-001", ["jobs", "it", "image", "name"]],
		["TG-GITLAB-001", ["jobs", "it", "services", 0]],
		["TG-GITLAB-001", ["jobs", "it", "services", 1, "name"]],
	}
}

test_digest_is_compliant if {
	count(rule.violations) == 0 with input as pipeline({"train": {"image": concat("@", ["python:3.11", digest])}})
}

test_variables_are_not_judged if {
	count(rule.violations) == 0 with input as pipeline({"deploy": {"image": "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"}})
}

test_templates_are_not_jobs if {
	count(rule.violations) == 0 with input as object.union(pipeline({}), {"templates": {".base": {"image": "python:3.11"}}})
}
