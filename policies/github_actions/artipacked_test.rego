package tollgate.rules.github_actions.artipacked_test

import data.tollgate.rules.github_actions.artipacked as rule

found(vs) := {[v.rule, v.path] | some v in vs}

workflow(steps) := {"on": "push", "permissions": {"contents": "read"}, "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": steps}}}

test_workspace_upload_after_persisting_checkout_is_flagged if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"run": "make"},
		{"name": "Upload", "uses": "actions/upload-artifact@v4", "with": {"name": "ws", "path": ".", "include-hidden-files": true}},
		{"uses": "actions/upload-artifact@v3", "with": {"name": "ws2", "path": "${{ github.workspace }}"}},
	]
	vs := rule.violations with input as workflow(steps)
	found(vs) == {["TG-GHA-013", ["jobs", "build", "steps", 2, "with", "path"]], ["TG-GHA-013", ["jobs", "build", "steps", 3, "with", "path"]]}
	some v in vs
	v.msg == "step 'Upload' of job 'build' uploads the workspace with its hidden files, including the token that the checkout in step 1 left in .git/config"
}

test_compliant_uploads if {
	steps := [
		{"uses": "actions/checkout@v4"},
		{"uses": "actions/upload-artifact@v4", "with": {"path": "."}},
		{"uses": "actions/upload-artifact@v4", "with": {"path": "dist/", "include-hidden-files": true}},
		{"uses": "actions/upload-artifact@v4.6.0", "with": {"path": "."}},
	]
	count(rule.violations) == 0 with input as workflow(steps)
	no_persist := [{"uses": "actions/checkout@v4", "with": {"persist-credentials": false}}, {"uses": "actions/upload-artifact@v3", "with": {"path": "."}}]
	count(rule.violations) == 0 with input as workflow(no_persist)
	upload_first := [{"uses": "actions/upload-artifact@v3", "with": {"path": "."}}, {"uses": "actions/checkout@v4"}]
	count(rule.violations) == 0 with input as workflow(upload_first)
}
