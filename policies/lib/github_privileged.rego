# Helpers over a GitHub Actions workflow unit for rules about privileged triggers
# (pull_request_target, workflow_run): where untrusted code or data enters such a workflow.
package tollgate.lib.github_privileged

import data.tollgate.lib.github_actions as gha

# The privileged trigger of the workflow; one value even when both are present.
trigger := "pull_request_target" if {
	"pull_request_target" in gha.triggers
} else := "workflow_run" if {
	"workflow_run" in gha.triggers
}

# Refs that name the pull request's code (the same list as TG-GHA-003).
untrusted_ref := `github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head_|refs/pull/|github\.event\.number|github\.event\.pull_request\.number`

# Steps that bring the pull request's code into the workspace: a checkout of its ref, or a fetch in a script.
untrusted_code contains {"job": s.path[1], "index": s.path[3], "what": "checks out the pull request's code"} if {
	some s in gha.steps
	startswith(gha.action_name(s.step.uses), "actions/checkout")
	regex.match(untrusted_ref, s.step.with.ref)
}

untrusted_code contains {"job": s.path[1], "index": s.path[3], "what": "fetches the pull request's code"} if {
	some s in gha.steps
	regex.match(`gh pr checkout|git fetch [^\n]*pull/`, s.step.run)
}

untrusted_code contains {"job": d.job, "index": d.index, "what": "downloads artifacts of another run"} if {
	some d in cross_run_downloads
}

# Steps that download artifacts of another workflow run, which a pull request from a fork may
# have produced: actions/download-artifact with run-id, dawidd6/action-download-artifact, and
# `gh run download` in a script. `dir` is where the files go ("" for the working directory),
# `at` the path of the finding and `snippet` the command in a script.
cross_run_downloads contains {"job": s.path[1], "index": s.path[3], "label": s.label, "dir": object.get(s.step.with, "path", ""), "at": at, "snippet": ""} if {
	some s in gha.steps
	startswith(gha.action_name(s.step.uses), "actions/download-artifact")
	_ = s.step.with["run-id"]
	at := download_at(s)
}

cross_run_downloads contains {"job": s.path[1], "index": s.path[3], "label": s.label, "dir": object.get(object.get(s.step, "with", {}), "path", ""), "at": download_at(s), "snippet": ""} if {
	some s in gha.steps
	gha.action_name(s.step.uses) == "dawidd6/action-download-artifact"
}

cross_run_downloads contains {"job": s.path[1], "index": s.path[3], "label": s.label, "dir": dir, "at": array.concat(s.path, ["run"]), "snippet": trim_space(m[0])} if {
	some s in gha.steps
	is_string(s.step.run)
	some m in regex.find_all_string_submatch_n(`gh run download[^\n;&|]*`, s.step.run, -1)
	dir := gh_dir(m[0])
}

gh_dir(cmd) := d[1] if {
	d := regex.find_all_string_submatch_n(`(?:-D|--dir)[ =]"?([^ "]+)`, cmd, 1)[0]
} else := ""

download_at(s) := array.concat(s.path, ["with", "path"]) if {
	_ = s.step.with.path
} else := array.concat(s.path, ["uses"])

# A directory outside the workspace: the runner's temporary directory or /tmp.
outside_workspace(dir) if regex.match(`^(\$\{\{\s*runner\.temp\s*\}\}|\$\{?RUNNER_TEMP\}?|/tmp)(/|$)`, dir)
