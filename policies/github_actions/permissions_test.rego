package tollgate.rules.github_actions.permissions_test

import data.tollgate.rules.github_actions.permissions as rule

found(vs) := {[v.rule, v.path] | some v in vs}

steps := [{"uses": "actions/checkout@v4"}, {"run": "python train.py"}]

jobs := {
	"train": {"runs-on": "ubuntu-latest", "steps": steps},
	"evaluate": {"runs-on": "ubuntu-latest", "needs": "train", "steps": steps},
}

test_no_permissions_anywhere_flags_every_job if {
	vs := rule.violations with input as {"on": "push", "jobs": jobs}
	found(vs) == {
		["TG-GHA-002", ["jobs", "train", "permissions"]],
		["TG-GHA-002", ["jobs", "evaluate", "permissions"]],
	}
	some v in vs
	v.msg == "job 'train' has no permissions block and the workflow sets none, so its token gets the repository default"
}

test_workflow_permissions_are_compliant if {
	count(rule.violations) == 0 with input as {"on": "push", "permissions": {"contents": "read"}, "jobs": jobs}
}

test_empty_workflow_permissions_are_compliant if {
	count(rule.violations) == 0 with input as {"on": "push", "permissions": {}, "jobs": jobs}
}

test_read_all_is_compliant if {
	count(rule.violations) == 0 with input as {"on": "push", "permissions": "read-all", "jobs": jobs}
}

test_job_permissions_cover_only_that_job if {
	wf := {"on": "push", "jobs": {
		"train": object.union(jobs.train, {"permissions": {"contents": "read", "id-token": "write"}}),
		"evaluate": jobs.evaluate,
	}}
	vs := rule.violations with input as wf
	found(vs) == {["TG-GHA-002", ["jobs", "evaluate", "permissions"]]}
}

test_workflow_write_all_is_flagged if {
	vs := rule.violations with input as {"on": "push", "permissions": "write-all", "jobs": jobs}
	found(vs) == {["TG-GHA-002", ["permissions"]]}
	some v in vs
	v.msg == "the workflow grants its token write-all permissions"
}

test_job_write_all_is_flagged if {
	wf := {"on": "push", "permissions": {"contents": "read"}, "jobs": {
		"train": jobs.train,
		"publish": {"runs-on": "ubuntu-latest", "permissions": "write-all", "steps": steps},
	}}
	vs := rule.violations with input as wf
	found(vs) == {["TG-GHA-002", ["jobs", "publish", "permissions"]]}
}

test_reusable_workflow_job_without_permissions_is_flagged if {
	wf := {"on": "push", "jobs": {"publish": {"uses": "./.github/workflows/publish.yml"}}}
	vs := rule.violations with input as wf
	found(vs) == {["TG-GHA-002", ["jobs", "publish", "permissions"]]}
}

test_workflow_without_jobs_is_compliant if {
	count(rule.violations) == 0 with input as {"on": "push"}
}
