package tollgate.rules.github_actions.secrets_inherit_test

import data.tollgate.rules.github_actions.secrets_inherit as rule

found(vs) := {[v.rule, v.path] | some v in vs}

sha := "8f4b7f84864484a7bf31766abe9204da3cbe65b3"

workflow(jobs) := {"on": {"push": {"tags": ["v*"]}}, "permissions": {"contents": "read"}, "jobs": jobs}

test_inherit_to_another_owner_is_flagged if {
	ref := concat("@", ["ml-tools/release-workflows/.github/workflows/publish.yml", sha])
	vs := rule.violations with input as workflow({"publish": {"uses": ref, "secrets": "inherit"}})
	found(vs) == {["TG-GHA-008", ["jobs", "publish", "secrets"]]}
	some v in vs
	v.msg == concat("", ["job 'publish' passes every secret of the workflow (secrets: inherit) to '", ref, "', a reusable workflow of an owner not in first_party_owners"])
}

test_local_reusable_workflow_is_compliant if {
	count(rule.violations) == 0 with input as workflow({"publish": {"uses": "./.github/workflows/publish.yml", "secrets": "inherit"}})
}

test_first_party_owner_is_compliant if {
	wf := workflow({"publish": {"uses": "Acme-ML/workflows/.github/workflows/publish.yml@v2", "secrets": "inherit"}})
	count(rule.violations) == 0 with input as wf with data.params.github_actions.first_party_owners as ["acme-ml"]
}

test_explicit_secrets_are_compliant if {
	wf := workflow({"publish": {
		"uses": "ml-tools/release-workflows/.github/workflows/publish.yml@v1",
		"secrets": {"PYPI_TOKEN": "${{ secrets.PYPI_TOKEN }}"},
	}})
	count(rule.violations) == 0 with input as wf
}

test_no_secrets_is_compliant if {
	count(rule.violations) == 0 with input as workflow({"publish": {"uses": "ml-tools/release-workflows/.github/workflows/publish.yml@v1"}})
}

test_steps_are_not_reusable_workflows if {
	wf := workflow({"build": {"runs-on": "ubuntu-latest", "secrets": "inherit", "steps": [{"run": "make"}]}})
	count(rule.violations) == 0 with input as wf
}
