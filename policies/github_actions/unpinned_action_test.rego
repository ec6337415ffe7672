package tollgate.rules.github_actions.unpinned_action_test

import data.tollgate.rules.github_actions.unpinned_action as rule

found(vs) := {[v.rule, v.path] | some v in vs}

sha := "8f4b7f84864484a7bf31766abe9204da3cbe65b3"

# A workflow whose job `train` runs the given steps.
workflow(steps) := {
	"name": "train",
	"on": {"push": {"branches": ["main"]}},
	"permissions": {"contents": "read"},
	"jobs": {"train": {"runs-on": "ubuntu-latest", "steps": steps}},
}

test_third_party_tag_is_flagged if {
	vs := rule.violations with input as workflow([
		{"uses": "actions/checkout@v4"},
		{"uses": "tj-actions/changed-files@v45"},
	])
	found(vs) == {["TG-GHA-001", ["jobs", "train", "steps", 1, "uses"]]}
	some v in vs
	v.msg == "'tj-actions/changed-files@v45' in step 2 of job 'train' is not pinned to a full commit SHA"
}

test_step_labels_use_name_or_id if {
	vs := rule.violations with input as workflow([
		{"name": "Log in to Hugging Face", "uses": "huggingface/login-action@v1"},
		{"id": "cache", "uses": "someone/cache@main"},
	])
	{v.msg | some v in vs} == {
		"'huggingface/login-action@v1' in step 'Log in to Hugging Face' of job 'train' is not pinned to a full commit SHA",
		"'someone/cache@main' in step 'cache' of job 'train' is not pinned to a full commit SHA",
	}
}

test_full_sha_is_compliant if {
	count(rule.violations) == 0 with input as workflow([{"uses": concat("@", ["tj-actions/changed-files", sha])}])
}

test_short_sha_is_flagged if {
	vs := rule.violations with input as workflow([{"uses": "tj-actions/changed-files@8f4b7f8"}])
	found(vs) == {["TG-GHA-001", ["jobs", "train", "steps", 0, "uses"]]}
}

test_missing_ref_is_flagged if {
	vs := rule.violations with input as workflow([{"uses": "iterative/setup-dvc"}])
	some v in vs
	v.path == ["jobs", "train", "steps", 0, "uses"]
	v.msg == "'iterative/setup-dvc' in step 1 of job 'train' has no ref"
}

test_first_party_owners_are_not_flagged_by_default if {
	count(rule.violations) == 0 with input as workflow([
		{"uses": "actions/checkout@v4"},
		{"uses": "actions/setup-python@v5"},
		{"uses": "github/codeql-action/init@v3"},
		{"uses": "Actions/cache@v4"},
	])
}

test_first_party_owners_parameter if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"uses": "acme-ml/setup-cuda@v2"},
	]
	vs := rule.violations with input as workflow(steps)
		with data.params.github_actions.first_party_owners as ["acme-ml"]
	found(vs) == {["TG-GHA-001", ["jobs", "train", "steps", 0, "uses"]]}
}

test_owner_prefix_is_not_first_party if {
	vs := rule.violations with input as workflow([{"uses": "actions-contrib/setup@v1"}])
	count(vs) == 1
}

test_no_first_party_owners if {
	vs := rule.violations with input as workflow([{"uses": "actions/checkout@v4"}])
		with data.params.github_actions.first_party_owners as []
	found(vs) == {["TG-GHA-001", ["jobs", "train", "steps", 0, "uses"]]}
}

test_local_actions_are_not_flagged if {
	count(rule.violations) == 0 with input as workflow([
		{"uses": "./.github/actions/setup-env"},
		{"uses": "./tools/publish"},
	])
}

test_docker_action_without_digest_is_flagged if {
	vs := rule.violations with input as workflow([{"uses": "docker://python:3.12-slim"}])
	some v in vs
	v.path == ["jobs", "train", "steps", 0, "uses"]
	v.msg == "'docker://python:3.12-slim' in step 1 of job 'train' is a container image not pinned by digest"
}

test_docker_action_with_digest_is_compliant if {
	ref := "docker://python:3.12-slim@sha256:4b2a8e7f0c5d3e1a9b6c8d7e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"
	count(rule.violations) == 0 with input as workflow([{"uses": ref}])
}

test_reusable_workflow_jobs if {
	wf := {
		"on": "push",
		"jobs": {
			"publish": {"uses": "acme-ml/workflows/.github/workflows/publish.yml@main"},
			"local": {"uses": "./.github/workflows/evaluate.yml"},
			"pinned": {"uses": concat("@", ["acme-ml/workflows/.github/workflows/scan.yml", sha])},
		},
	}
	vs := rule.violations with input as wf
	found(vs) == {["TG-GHA-001", ["jobs", "publish", "uses"]]}
	some v in vs
	v.msg == "'acme-ml/workflows/.github/workflows/publish.yml@main' in job 'publish' is not pinned to a full commit SHA"
}

test_steps_of_every_job_are_checked if {
	wf := {"on": ["push"], "jobs": {
		"lint": {"runs-on": "ubuntu-latest", "steps": [{"run": "ruff check ."}, {"uses": "psf/black@stable"}]},
		"train": {"runs-on": "gpu", "steps": [{"uses": "iterative/setup-cml@v2"}]},
	}}
	vs := rule.violations with input as wf
	found(vs) == {
		["TG-GHA-001", ["jobs", "lint", "steps", 1, "uses"]],
		["TG-GHA-001", ["jobs", "train", "steps", 0, "uses"]],
	}
}
