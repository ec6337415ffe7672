package tollgate.rules.github_actions.script_injection_test

import data.tollgate.rules.github_actions.script_injection as rule

found(vs) := {[v.rule, v.path] | some v in vs}

workflow(on, steps) := {
	"on": on,
	"permissions": {"contents": "read"},
	"jobs": {"triage": {"runs-on": "ubuntu-latest", "steps": steps}},
}

test_pull_request_title_in_run_is_flagged if {
	steps := [{"name": "Label", "run": "echo \"Training run for ${{ github.event.pull_request.title }}\""}]
	vs := rule.violations with input as workflow({"pull_request": {}}, steps)
	found(vs) == {["TG-GHA-004", ["jobs", "triage", "steps", 0, "run"]]}
	some v in vs
	v.msg == "step 'Label' of job 'triage' expands ${{ github.event.pull_request.title }} into its script"
}

test_value_passed_through_env_is_compliant if {
	steps := [{
		"name": "Label",
		"env": {"TITLE": "${{ github.event.pull_request.title }}"},
		"run": "echo \"Training run for $TITLE\"",
	}]
	count(rule.violations) == 0 with input as workflow("pull_request", steps)
}

test_trusted_contexts_are_compliant if {
	steps := [{"run": "echo ${{ github.sha }} ${{ github.event.pull_request.number }} ${{ github.ref_name }} ${{ secrets.HF_TOKEN }} ${{ github.event.pull_request.head.sha }}"}]
	count(rule.violations) == 0 with input as workflow("pull_request", steps)
}

test_issue_comment_body_with_on_as_string if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"run": "python scripts/run_eval.py --args \"${{ github.event.comment.body }}\""},
	]
	vs := rule.violations with input as workflow("issue_comment", steps)
	found(vs) == {["TG-GHA-004", ["jobs", "triage", "steps", 1, "run"]]}
}

test_head_ref_with_on_as_list if {
	steps := [{"run": "git push origin HEAD:${{ github.head_ref }}"}]
	vs := rule.violations with input as workflow(["pull_request", "push"], steps)
	found(vs) == {["TG-GHA-004", ["jobs", "triage", "steps", 0, "run"]]}
}

test_multiline_script_is_flagged_once_per_expression if {
	steps := [{"run": "set -e\necho \"${{ github.event.issue.title }}\"\necho \"${{ github.event.issue.body }}\"\necho \"${{ github.event.issue.title }}\"\n"}]
	vs := rule.violations with input as workflow("issues", steps)
	{v.msg | some v in vs} == {
		"step 1 of job 'triage' expands ${{ github.event.issue.title }} into its script",
		"step 1 of job 'triage' expands ${{ github.event.issue.body }} into its script",
	}
}

test_github_script_input_is_flagged if {
	steps := [{
		"uses": "actions/github-script@v7",
		"with": {"script": "github.rest.issues.createComment({issue_number: 1, owner: 'o', repo: 'r', body: '${{ github.event.review.body }}'})"},
	}]
	vs := rule.violations with input as workflow("pull_request_review", steps)
	found(vs) == {["TG-GHA-004", ["jobs", "triage", "steps", 0, "with", "script"]]}
}

test_script_input_of_other_actions_is_not_checked if {
	steps := [{"uses": "some/other-action@v1", "with": {"script": "${{ github.event.issue.title }}"}}]
	count(rule.violations) == 0 with input as workflow("issues", steps)
}

# Commit lists are indexed in expressions: commits[0].message as well as commits.*.message.
test_commit_messages_are_flagged if {
	steps := [
		{"run": "echo \"${{ github.event.commits[0].message }}\""},
		{"run": "echo \"${{ github.event.head_commit.message }}\""},
		{"run": "echo '${{ toJSON(github.event.commits.*.author.name) }}'"},
	]
	vs := rule.violations with input as workflow("push", steps)
	found(vs) == {
		["TG-GHA-004", ["jobs", "triage", "steps", 0, "run"]],
		["TG-GHA-004", ["jobs", "triage", "steps", 1, "run"]],
		["TG-GHA-004", ["jobs", "triage", "steps", 2, "run"]],
	}
}

test_workflow_run_head_branch_is_flagged if {
	steps := [{"run": "./deploy.sh ${{ github.event.workflow_run.head_branch }}"}]
	vs := rule.violations with input as workflow({"workflow_run": {"workflows": ["train"]}}, steps)
	found(vs) == {["TG-GHA-004", ["jobs", "triage", "steps", 0, "run"]]}
}

test_expression_outside_scripts_is_compliant if {
	steps := [{"name": "${{ github.event.pull_request.title }}", "uses": "actions/setup-python@v5", "with": {"python-version": "3.12"}}]
	count(rule.violations) == 0 with input as workflow("pull_request", steps)
}
