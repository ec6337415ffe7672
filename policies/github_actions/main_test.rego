package tollgate.github_actions_test

import data.tollgate.github_actions
import data.tollgate.lib.github_actions as gha

sha := "8f4b7f84864484a7bf31766abe9204da3cbe65b3"

# A pull_request_target workflow that breaks every rule once.
pwn_request := {
	"name": "benchmark PR",
	"on": {"pull_request_target": {"types": ["labeled"]}},
	"env": {"AWS_SECRET_ACCESS_KEY": "${{ secrets.AWS_SECRET_ACCESS_KEY }}"},
	"jobs": {"bench": {
		"runs-on": "gpu-runner",
		"steps": [
			{"uses": "actions/checkout@v4", "with": {"ref": "${{ github.event.pull_request.head.sha }}"}},
			{"uses": "iterative/setup-cml@v2"},
			{"run": "cml comment create --body \"${{ github.event.pull_request.title }}\" report.md"},
		],
	}},
}

least_privilege := {
	"name": "publish model",
	"on": {"push": {"tags": ["v*"]}, "workflow_dispatch": {}},
	"permissions": {"contents": "read"},
	"jobs": {"publish": {
		"runs-on": "ubuntu-latest",
		"permissions": {"contents": "read", "id-token": "write"},
		"environment": "production",
		"steps": [
			{"uses": "actions/checkout@v4"},
			{"uses": concat("@", ["aws-actions/configure-aws-credentials", sha]), "with": {"role-to-assume": "arn:aws:iam::123456789012:role/publish", "aws-region": "eu-west-1"}},
			{"name": "Upload", "env": {"TAG": "${{ github.ref_name }}"}, "run": "aws s3 cp model/ s3://models/$TAG/ --recursive"},
		],
	}},
}

test_aggregator_collects_every_rule if {
	vs := github_actions.violations with input as pwn_request
	{[v.rule, v.path] | some v in vs} == {
		["TG-GHA-001", ["jobs", "bench", "steps", 1, "uses"]],
		["TG-GHA-002", ["jobs", "bench", "permissions"]],
		["TG-GHA-003", ["jobs", "bench", "steps", 0, "with", "ref"]],
		["TG-GHA-004", ["jobs", "bench", "steps", 2, "run"]],
		["TG-GHA-005", ["env", "AWS_SECRET_ACCESS_KEY"]],
	}
}

test_aggregator_is_the_union_of_the_rules if {
	all_rules := union({
		data.tollgate.rules.github_actions.unpinned_action.violations,
		data.tollgate.rules.github_actions.permissions.violations,
		data.tollgate.rules.github_actions.untrusted_checkout.violations,
		data.tollgate.rules.github_actions.script_injection.violations,
		data.tollgate.rules.github_actions.long_lived_keys.violations,
	}) with input as pwn_request
	agg := github_actions.violations with input as pwn_request
	agg == all_rules
	count(agg) == 5
}

test_least_privilege_workflow_is_compliant if {
	count(github_actions.violations) == 0 with input as least_privilege
}

test_results_have_the_contract_shape if {
	vs := github_actions.violations with input as pwn_request
	count(vs) > 0
	every v in vs {
		# params is optional (see lib/result.rego); nothing else may appear.
		object.keys(object.remove(v, ["params"])) == {"rule", "path", "msg"}
		is_string(v.rule)
		is_array(v.path)
		v.msg != ""
	}
}

test_triggers_from_a_string if {
	gha.triggers == {"push"} with input as {"on": "push", "jobs": {}}
}

test_triggers_from_a_list if {
	gha.triggers == {"push", "pull_request"} with input as {"on": ["push", "pull_request"], "jobs": {}}
}

test_triggers_from_a_map if {
	gha.triggers == {"push", "workflow_dispatch"} with input as least_privilege
}

# Steps without a name or id are still steps (their label is their position).
test_unnamed_steps_are_steps if {
	labels := {s.label | some s in gha.steps} with input as pwn_request
	labels == {"step 1 of job 'bench'", "step 2 of job 'bench'", "step 3 of job 'bench'"}
}

test_step_labels if {
	labels := {s.label | some s in gha.steps} with input as least_privilege
	labels == {"step 1 of job 'publish'", "step 2 of job 'publish'", "step 'Upload' of job 'publish'"}
}
