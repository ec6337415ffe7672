package tollgate.lib.github_privileged_test

import data.tollgate.lib.github_privileged as priv

workflow(on, steps) := {"on": on, "jobs": {"j": {"runs-on": "ubuntu-latest", "steps": steps}}}

test_trigger if {
	priv.trigger == "pull_request_target" with input as workflow(["workflow_run", "pull_request_target"], [])
	priv.trigger == "workflow_run" with input as workflow({"workflow_run": {"workflows": ["CI"]}}, [])
	not priv.trigger with input as workflow("pull_request", [])
}

test_untrusted_code if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.pull_request.head.sha }}"}},
		{"run": "gh pr checkout 12"},
		{"uses": "actions/download-artifact@v4", "with": {"run-id": "${{ github.event.workflow_run.id }}"}},
	]
	{[u.index, u.what] | some u in priv.untrusted_code} == {
		[1, "checks out the pull request's code"],
		[2, "fetches the pull request's code"],
		[3, "downloads artifacts of another run"],
	} with input as workflow("pull_request_target", steps)
}

test_cross_run_downloads if {
	steps := [
		{"uses": "actions/download-artifact@v4", "with": {"name": "report"}},
		{"uses": "actions/download-artifact@v4", "with": {"run-id": "${{ github.event.workflow_run.id }}", "path": "${{ runner.temp }}/a"}},
		{"uses": "dawidd6/action-download-artifact@v6"},
		{"run": "set -e\ngh run download \"$RUN_ID\" -n report --dir /tmp/report\ngh run download 1"},
	]
	ds := priv.cross_run_downloads with input as workflow("workflow_run", steps)
	{[d.index, d.dir, d.at, d.snippet] | some d in ds} == {
		[1, "${{ runner.temp }}/a", ["jobs", "j", "steps", 1, "with", "path"], ""],
		[2, "", ["jobs", "j", "steps", 2, "uses"], ""],
		[3, "/tmp/report", ["jobs", "j", "steps", 3, "run"], "gh run download \"$RUN_ID\" -n report --dir /tmp/report"],
		[3, "", ["jobs", "j", "steps", 3, "run"], "gh run download 1"],
	}
}

test_outside_workspace if {
	priv.outside_workspace("${{ runner.temp }}/artifacts")
	priv.outside_workspace("${{runner.temp}}")
	priv.outside_workspace("/tmp/x")
	priv.outside_workspace("$RUNNER_TEMP/x")
	not priv.outside_workspace("")
	not priv.outside_workspace(".")
	not priv.outside_workspace("artifacts")
	not priv.outside_workspace("/tmpfoo")
	not priv.outside_workspace("${{ github.workspace }}/a")
}
