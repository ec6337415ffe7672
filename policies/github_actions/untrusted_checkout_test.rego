package tollgate.rules.github_actions.untrusted_checkout_test

import data.tollgate.rules.github_actions.untrusted_checkout as rule

found(vs) := {[v.rule, v.path] | some v in vs}

head_checkout := {
	"name": "Check out the PR",
	"uses": "actions/checkout@v4",
	"with": {"ref": "${{ github.event.pull_request.head.sha }}"},
}

run_tests := {"name": "Run tests", "run": "pip install -e . && pytest"}

workflow(on, steps) := {
	"on": on,
	"permissions": {"contents": "read"},
	"jobs": {"test": {"runs-on": "ubuntu-latest", "steps": steps}},
}

test_pull_request_target_map_with_head_checkout_is_flagged if {
	vs := rule.violations with input as workflow({"pull_request_target": {"types": ["opened", "synchronize"]}}, [head_checkout, run_tests])
	found(vs) == {["TG-GHA-003", ["jobs", "test", "steps", 0, "with", "ref"]]}
	some v in vs
	v.msg == "step 'Check out the PR' of job 'test' checks out the untrusted ref '${{ github.event.pull_request.head.sha }}' in a pull_request_target workflow"
}

test_on_as_string if {
	vs := rule.violations with input as workflow("pull_request_target", [head_checkout])
	found(vs) == {["TG-GHA-003", ["jobs", "test", "steps", 0, "with", "ref"]]}
}

test_on_as_list if {
	vs := rule.violations with input as workflow(["push", "pull_request_target"], [head_checkout])
	found(vs) == {["TG-GHA-003", ["jobs", "test", "steps", 0, "with", "ref"]]}
}

# Both privileged triggers at once gave the complete rule privileged_trigger two values.
test_both_privileged_triggers if {
	vs := rule.violations with input as workflow(["pull_request_target", "workflow_run"], [head_checkout])
	found(vs) == {["TG-GHA-003", ["jobs", "test", "steps", 0, "with", "ref"]]}
	some v in vs
	contains(v.msg, "in a pull_request_target workflow")
}

test_pull_request_trigger_is_compliant if {
	count(rule.violations) == 0 with input as workflow({"pull_request": {"branches": ["main"]}}, [head_checkout, run_tests])
	count(rule.violations) == 0 with input as workflow("pull_request", [head_checkout])
	count(rule.violations) == 0 with input as workflow(["push", "pull_request"], [head_checkout])
}

test_checkout_of_the_base_is_compliant if {
	count(rule.violations) == 0 with input as workflow("pull_request_target", [
		{"uses": "actions/checkout@v4"},
		{"uses": "actions/checkout@v4", "with": {"ref": "main"}},
		{"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.pull_request.base.sha }}"}},
	])
}

test_workflow_run_head_checkout_is_flagged if {
	steps := [{"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.workflow_run.head_sha }}"}}]
	vs := rule.violations with input as workflow({"workflow_run": {"workflows": ["CI"], "types": ["completed"]}}, steps)
	some v in vs
	v.path == ["jobs", "test", "steps", 0, "with", "ref"]
	contains(v.msg, "in a workflow_run workflow")
}

test_other_untrusted_refs_are_flagged if {
	steps := [
		{"uses": "actions/checkout@v4", "with": {"ref": "${{ github.head_ref }}"}},
		{"uses": "actions/checkout@v4", "with": {"ref": "refs/pull/${{ github.event.number }}/merge"}},
		{"uses": "Actions/Checkout@v4", "with": {"ref": "${{ github.event.pull_request.head.ref }}", "repository": "${{ github.event.pull_request.head.repo.full_name }}"}},
	]
	vs := rule.violations with input as workflow("pull_request_target", steps)
	found(vs) == {
		["TG-GHA-003", ["jobs", "test", "steps", 0, "with", "ref"]],
		["TG-GHA-003", ["jobs", "test", "steps", 1, "with", "ref"]],
		["TG-GHA-003", ["jobs", "test", "steps", 2, "with", "ref"]],
	}
}

test_gh_pr_checkout_in_run_is_flagged if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"name": "Fetch PR", "run": "gh pr checkout ${{ github.event.pull_request.number }}"},
	]
	vs := rule.violations with input as workflow("pull_request_target", steps)
	found(vs) == {["TG-GHA-003", ["jobs", "test", "steps", 1, "run"]]}
	some v in vs
	v.msg == "step 'Fetch PR' of job 'test' fetches the pull request's code in a pull_request_target workflow"
}

test_git_fetch_of_pull_ref_is_flagged if {
	steps := [{"run": "git fetch origin pull/${{ github.event.number }}/head:pr\ngit checkout pr\nmake test"}]
	vs := rule.violations with input as workflow(["pull_request_target"], steps)
	found(vs) == {["TG-GHA-003", ["jobs", "test", "steps", 0, "run"]]}
}

test_gh_pr_checkout_without_privileged_trigger_is_compliant if {
	count(rule.violations) == 0 with input as workflow("pull_request", [{"run": "gh pr checkout 1"}])
}

test_other_actions_with_a_ref_input_are_not_checkouts if {
	steps := [{"uses": "some/deploy@v1", "with": {"ref": "${{ github.event.pull_request.head.sha }}"}}]
	count(rule.violations) == 0 with input as workflow("pull_request_target", steps)
}
