package tollgate.rules.github_actions.artifact_poisoning_test

import data.tollgate.rules.github_actions.artifact_poisoning as rule

found(vs) := {[v.rule, v.path] | some v in vs}

on_workflow_run := {"workflow_run": {"workflows": ["CI"], "types": ["completed"]}}

workflow(on, steps) := {"on": on, "permissions": {"contents": "read"}, "jobs": {"report": {"runs-on": "ubuntu-latest", "steps": steps}}}

checkout := {"uses": "actions/checkout@v4"}

run_report := {"name": "Report", "run": "python scripts/report.py"}

download(inputs) := {"name": "Get artifacts", "uses": "actions/download-artifact@v4", "with": inputs}

run_id := "${{ github.event.workflow_run.id }}"

test_download_into_the_workspace_is_flagged if {
	vs := rule.violations with input as workflow(on_workflow_run, [checkout, download({"run-id": run_id, "github-token": "${{ github.token }}"}), run_report])
	found(vs) == {["TG-GHA-011", ["jobs", "report", "steps", 1, "uses"]]}
	some v in vs
	v.msg == "step 'Get artifacts' of job 'report' unpacks artifacts of another run into the workspace in a workflow_run workflow, and later steps run code from it"
}

test_download_path_in_the_workspace_is_flagged if {
	vs := rule.violations with input as workflow("pull_request_target", [checkout, download({"run-id": "123", "path": "dist"}), {"uses": "./.github/actions/publish"}])
	found(vs) == {["TG-GHA-011", ["jobs", "report", "steps", 1, "with", "path"]]}
}

test_dawidd6_is_flagged if {
	steps := [checkout, {"uses": "dawidd6/action-download-artifact@v6", "with": {"run_id": run_id, "name": "pr"}}, run_report]
	vs := rule.violations with input as workflow(on_workflow_run, steps)
	found(vs) == {["TG-GHA-011", ["jobs", "report", "steps", 1, "uses"]]}
}

test_gh_run_download_is_flagged_at_the_command if {
	steps := [checkout, {"run": "gh run download \"$RUN_ID\" -n pr\nbash pr/post.sh"}]
	vs := rule.violations with input as workflow(on_workflow_run, steps)
	found(vs) == {["TG-GHA-011", ["jobs", "report", "steps", 1, "run"]]}
	some v in vs
	v.params.snippet == "gh run download \"$RUN_ID\" -n pr"
}

test_download_outside_the_workspace_is_compliant if {
	steps := [
		checkout,
		download({"run-id": run_id, "path": "${{ runner.temp }}/artifacts"}),
		{"run": "gh run download \"$RUN_ID\" --dir \"$RUNNER_TEMP/pr\""},
		run_report,
	]
	count(rule.violations) == 0 with input as workflow(on_workflow_run, steps)
}

test_artifacts_of_the_same_run_are_compliant if {
	count(rule.violations) == 0 with input as workflow(on_workflow_run, [checkout, download({"name": "report"}), run_report])
}

test_nothing_runs_after_the_download_is_compliant if {
	steps := [download({"run-id": run_id}), {"uses": "actions/github-script@v7", "with": {"script": "core.info('done')"}}]
	count(rule.violations) == 0 with input as workflow(on_workflow_run, steps)
}

test_unprivileged_triggers_are_compliant if {
	count(rule.violations) == 0 with input as workflow({"push": {"branches": ["main"]}}, [checkout, download({"run-id": "42"}), run_report])
}
