package tollgate.rules.github_actions.self_hosted_pr_test

import data.tollgate.rules.github_actions.self_hosted_pr as rule

found(vs) := {[v.rule, v.path] | some v in vs}

steps := [{"uses": "actions/checkout@v4"}, {"run": "pytest -q"}]

workflow(on, job) := {"on": on, "permissions": {"contents": "read"}, "jobs": {"test": object.union({"steps": steps}, job)}}

test_label_list_on_pull_request_is_flagged if {
	vs := rule.violations with input as workflow({"pull_request": {}}, {"runs-on": ["self-hosted", "linux", "gpu"]})
	found(vs) == {["TG-GHA-009", ["jobs", "test", "runs-on"]]}
	some v in vs
	v.msg == "job 'test' runs on a self-hosted runner (self-hosted, linux, gpu) for pull_request events, which pull requests from forks trigger"
}

test_string_on_pull_request_target_is_flagged if {
	vs := rule.violations with input as workflow("pull_request_target", {"runs-on": "self-hosted"})
	found(vs) == {["TG-GHA-009", ["jobs", "test", "runs-on"]]}
}

test_both_triggers_give_one_finding if {
	vs := rule.violations with input as workflow(["pull_request", "pull_request_target"], {"runs-on": "Self-Hosted"})
	count(vs) == 1
	some v in vs
	contains(v.msg, "for pull_request_target events")
}

test_group_and_labels_from_the_parameter if {
	wf := workflow({"pull_request": {}}, {"runs-on": {"group": "gpu-fleet", "labels": "a100"}})
	vs := rule.violations with input as wf with data.params.github_actions.self_hosted_runners as ["GPU-fleet"]
	found(vs) == {["TG-GHA-009", ["jobs", "test", "runs-on"]]}
	some v in vs
	v.msg == "job 'test' runs on a self-hosted runner (a100, gpu-fleet) for pull_request events, which pull requests from forks trigger"
	count(rule.violations) == 0 with input as wf
}

test_custom_label_from_the_parameter if {
	wf := workflow({"pull_request": {}}, {"runs-on": "gpu-a100"})
	count(rule.violations) == 1 with input as wf with data.params.github_actions.self_hosted_runners as ["gpu-a100"]
}

test_github_hosted_runners_are_compliant if {
	count(rule.violations) == 0 with input as workflow("pull_request", {"runs-on": "ubuntu-latest"})
	count(rule.violations) == 0 with input as workflow("pull_request", {"runs-on": ["ubuntu-24.04"]})
	count(rule.violations) == 0 with input as workflow("pull_request", {"runs-on": {"group": "larger-runners", "labels": ["ubuntu-24.04-16core"]}})
}

test_other_triggers_are_compliant if {
	count(rule.violations) == 0 with input as workflow({"push": {"branches": ["main"]}, "workflow_dispatch": {}}, {"runs-on": ["self-hosted", "gpu"]})
}

test_same_repository_guard_is_compliant if {
	guards := [
		"github.event.pull_request.head.repo.full_name == github.repository",
		"${{ github.repository == github.event.pull_request.head.repo.full_name }}",
		"!github.event.pull_request.head.repo.fork && contains(github.event.pull_request.labels.*.name, 'gpu')",
		"github.event.pull_request.head.repo.fork == false",
	]
	every g in guards {
		count(rule.violations) == 0 with input as workflow("pull_request", {"runs-on": ["self-hosted"], "if": g})
	}
}

test_label_condition_is_not_a_guard if {
	wf := workflow({"pull_request_target": {"types": ["labeled"]}}, {"runs-on": ["self-hosted"], "if": "contains(github.event.pull_request.labels.*.name, 'benchmark')"})
	count(rule.violations) == 1 with input as wf
}
