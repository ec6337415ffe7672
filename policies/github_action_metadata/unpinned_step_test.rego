package tollgate.rules.github_action_metadata.unpinned_step_test

import data.tollgate.rules.github_action_metadata.unpinned_step as rule

found(vs) := {[v.rule, v.path] | some v in vs}

composite(steps) := {"name": "Setup CUDA", "runs": {"using": "composite", "steps": steps}}

test_third_party_tag_is_flagged if {
	vs := rule.violations with input as composite([
		{"uses": "actions/setup-python@v5"},
		{"uses": "Jimver/cuda-toolkit@v0.2.16"},
		{"run": "nvcc --version", "shell": "bash"},
	])
	found(vs) == {["TG-GHA-007", ["runs", "steps", 1, "uses"]]}
	some v in vs
	v.msg == "'Jimver/cuda-toolkit@v0.2.16' in step 2 of the composite action is not pinned to a full commit SHA"
}

test_sha_local_and_digest_are_compliant if {
	count(rule.violations) == 0 with input as composite([
		{"uses": "Jimver/cuda-toolkit@8f4b7f84864484a7bf31766abe9204da3cbe65b3"},
		{"uses": "./.github/actions/cache"},
		{"uses": "docker://ghcr.io/acme/lint@sha256:4b2a8e7f0c5d3e1a9b6c8d7e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"},
	])
}

test_javascript_actions_have_no_steps if {
	count(rule.violations) == 0 with input as {"runs": {"using": "node24", "main": "index.js"}}
}
