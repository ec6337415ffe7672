package tollgate.rules.gitlab_ci.hardcoded_secrets_test

import data.tollgate.rules.gitlab_ci.hardcoded_secrets as rule

found(vs) := {[v.rule, v.path] | some v in vs}

pipeline(extra) := object.union({"stages": ["test"], "variables": {}, "jobs": {}, "templates": {}, "default": {}, "include": []}, extra)

test_variables_and_scripts if {
	p := pipeline({
		"variables": {"MLFLOW_TRACKING_PASSWORD": "Tollgate-Fixture-1", "PY": "3.12", "HF_TOKEN": {"value": "hf_tollgateFixtureFakeToken0000", "description": "hub"}},
		"jobs": {"train": {"script": ["curl -H \"PRIVATE-TOKEN: glpat-tollgateFixtureFake0000\" \"$CI_API_V4_URL/projects\""]}},
	})
	vs := rule.violations with input as p
	found(vs) == {
		["TG-SECRET-001", ["variables", "MLFLOW_TRACKING_PASSWORD"]],
		["TG-SECRET-001", ["variables", "HF_TOKEN", "value"]],
		["TG-SECRET-001", ["jobs", "train", "script", 0]],
	}
	{v.msg | some v in vs} == {
		"the pipeline's variables.MLFLOW_TRACKING_PASSWORD is a hard-coded password",
		"the pipeline's variables.HF_TOKEN.value is a hard-coded token",
		"job 'train' script[0] holds a GitLab token",
	}
}

test_inherited_values_are_reported_once if {
	tpl := {"variables": {"DB_PASSWORD": "Tollgate-Fixture-1"}}
	p := pipeline({"templates": {".db": tpl}, "jobs": {"a": tpl, "b": {"variables": {"DB_PASSWORD": "Tollgate-Fixture-1"}, "script": ["x"]}}})
	vs := rule.violations with input as p
	found(vs) == {["TG-SECRET-001", ["templates", ".db", "variables", "DB_PASSWORD"]]}
}

test_service_passwords_are_compliant if {
	p := pipeline({"jobs": {"it": {"services": ["postgres:16"], "variables": {"POSTGRES_PASSWORD": "postgres"}}}})
	count(rule.violations) == 0 with input as p
	q := pipeline({"variables": {"POSTGRES_PASSWORD": "postgres"}, "jobs": {"it": {"services": ["postgres:16"]}}})
	count(rule.violations) == 0 with input as q
	same := pipeline({"jobs": {"it": {"services": ["postgres:16"], "variables": {"POSTGRES_PASSWORD": "Tollgate-Fixture-1", "DB_PASSWORD": "Tollgate-Fixture-1"}}}})
	count(rule.violations) == 0 with input as same
	r := pipeline({"jobs": {"it": {"variables": {"POSTGRES_PASSWORD": "postgres"}}}})
	count(rule.violations) == 1 with input as r
}

test_references_are_compliant if {
	p := pipeline({"variables": {"DB_PASSWORD": "$VAULT_DB_PASSWORD", "API_TOKEN": "${API_TOKEN}"}})
	count(rule.violations) == 0 with input as p
}
