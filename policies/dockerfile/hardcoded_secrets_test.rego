package tollgate.rules.dockerfile.hardcoded_secrets_test

import data.tollgate.rules.dockerfile.hardcoded_secrets as rule

found(vs) := {[v.rule, v.path] | some v in vs}

stage(instructions) := {"name": "serve", "from": {"image": "python:3.12", "stage": null, "scratch": false}, "instructions": instructions}

env(pairs) := {"cmd": "ENV", "value": "...", "pairs": pairs}

test_env_arg_and_run if {
	df := {"args": [{"name": "PIP_INDEX_TOKEN", "value": "Tollgate-Fixture-Token-1"}], "stages": [stage([
		env([{"name": "DB_PASSWORD", "value": "changeme"}, {"name": "PORT", "value": "8080"}]),
		{"cmd": "ARG", "value": "HF_TOKEN", "pairs": [{"name": "HF_TOKEN", "value": null}]},
		{"cmd": "RUN", "value": "echo 'ASIATOLLGATEFIXTURE3' > /etc/key", "flags": {}, "form": "shell", "heredocs": []},
	])]}
	vs := rule.violations with input as df
	found(vs) == {
		["TG-SECRET-001", ["args", 0, "value"]],
		["TG-SECRET-001", ["stages", 0, "instructions", 0, "pairs", 0, "value"]],
		["TG-SECRET-001", ["stages", 0, "instructions", 2, "value"]],
	}
	{v.msg | some v in vs} == {
		"ARG PIP_INDEX_TOKEN is a hard-coded token, kept in the image",
		"ENV DB_PASSWORD of stage 'serve' is a hard-coded password, kept in the image",
		"RUN of stage 'serve' holds an AWS access key id",
	}
}

test_references_are_compliant if {
	df := {"args": [], "stages": [stage([env([{"name": "DB_PASSWORD", "value": "${DB_PASSWORD}"}, {"name": "API_KEY", "value": "$API_KEY"}])])]}
	count(rule.violations) == 0 with input as df
}
