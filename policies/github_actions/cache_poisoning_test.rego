package tollgate.rules.github_actions.cache_poisoning_test

import data.tollgate.rules.github_actions.cache_poisoning as rule

found(vs) := {[v.rule, v.path] | some v in vs}

workflow(on, steps) := {"on": on, "permissions": {"contents": "read"}, "jobs": {"bench": {"runs-on": "ubuntu-latest", "steps": steps}}}

head_checkout := {"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.pull_request.head.sha }}"}}

base_checkout := {"uses": "actions/checkout@v4"}

test_actions_cache_with_head_checkout_is_flagged if {
	steps := [head_checkout, {"name": "Cache pip", "uses": "actions/cache@v4", "with": {"path": "~/.cache/pip", "key": "pip"}}, {"run": "pip install -r requirements.txt"}]
	vs := rule.violations with input as workflow("pull_request_target", steps)
	found(vs) == {["TG-GHA-010", ["jobs", "bench", "steps", 1, "uses"]]}
	some v in vs
	v.msg == "step 'Cache pip' of job 'bench' saves a cache (actions/cache) in a pull_request_target workflow whose job checks out the pull request's code; the cache lands in the default branch's scope, which release builds restore"
}

test_setup_action_cache_input_is_flagged if {
	steps := [head_checkout, {"uses": "actions/setup-python@v5", "with": {"python-version": "3.12", "cache": "pip"}}]
	vs := rule.violations with input as workflow({"pull_request_target": {"types": ["labeled"]}}, steps)
	found(vs) == {["TG-GHA-010", ["jobs", "bench", "steps", 1, "with", "cache"]]}
}

test_other_caching_actions_are_flagged if {
	steps := [
		head_checkout,
		{"uses": "actions/setup-go@v5"},
		{"uses": "astral-sh/setup-uv@v6", "with": {"enable-cache": true}},
		{"uses": "ruby/setup-ruby@v1", "with": {"bundler-cache": "true"}},
		{"uses": "Swatinem/rust-cache@v2"},
		{"uses": "docker/build-push-action@v6", "with": {"cache-to": "type=gha,mode=max"}},
		{"uses": "actions/cache/save@v4", "with": {"path": "x", "key": "k"}},
	]
	vs := rule.violations with input as workflow("pull_request_target", steps)
	found(vs) == {
		["TG-GHA-010", ["jobs", "bench", "steps", 1, "uses"]],
		["TG-GHA-010", ["jobs", "bench", "steps", 2, "with", "enable-cache"]],
		["TG-GHA-010", ["jobs", "bench", "steps", 3, "with", "bundler-cache"]],
		["TG-GHA-010", ["jobs", "bench", "steps", 4, "uses"]],
		["TG-GHA-010", ["jobs", "bench", "steps", 5, "with", "cache-to"]],
		["TG-GHA-010", ["jobs", "bench", "steps", 6, "uses"]],
	}
}

test_workflow_run_with_artifacts_of_another_run_is_flagged if {
	steps := [
		base_checkout,
		{"uses": "actions/download-artifact@v4", "with": {"run-id": "${{ github.event.workflow_run.id }}", "path": "${{ runner.temp }}/a"}},
		{"uses": "actions/setup-node@v4", "with": {"cache": "npm"}},
	]
	vs := rule.violations with input as workflow({"workflow_run": {"workflows": ["CI"]}}, steps)
	found(vs) == {["TG-GHA-010", ["jobs", "bench", "steps", 2, "with", "cache"]]}
	some v in vs
	contains(v.msg, "in a workflow_run workflow whose job downloads artifacts of another run;")
}

test_cache_without_untrusted_code_is_compliant if {
	steps := [base_checkout, {"uses": "actions/setup-python@v5", "with": {"cache": "pip"}}, {"uses": "actions/cache@v4"}]
	count(rule.violations) == 0 with input as workflow("pull_request_target", steps)
}

test_cache_turned_off_or_restore_only_is_compliant if {
	steps := [
		head_checkout,
		{"uses": "actions/setup-python@v5", "with": {"cache": ""}},
		{"uses": "actions/setup-go@v5", "with": {"cache": false}},
		{"uses": "actions/setup-node@v4"},
		{"uses": "actions/cache/restore@v4", "with": {"path": "x", "key": "k"}},
		{"uses": "astral-sh/setup-uv@v6", "with": {"enable-cache": "false"}},
	]
	count(rule.violations) == 0 with input as workflow("pull_request_target", steps)
}

test_untrusted_code_in_another_job_is_compliant if {
	wf := {"on": "pull_request_target", "permissions": {}, "jobs": {
		"a": {"runs-on": "ubuntu-latest", "steps": [head_checkout]},
		"b": {"runs-on": "ubuntu-latest", "steps": [{"uses": "actions/cache@v4"}]},
	}}
	count(rule.violations) == 0 with input as wf
}

test_pull_request_trigger_is_compliant if {
	steps := [head_checkout, {"uses": "actions/cache@v4"}]
	count(rule.violations) == 0 with input as workflow("pull_request", steps)
}
