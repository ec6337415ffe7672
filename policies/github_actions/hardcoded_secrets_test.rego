package tollgate.rules.github_actions.hardcoded_secrets_test

import data.tollgate.rules.github_actions.hardcoded_secrets as rule

found(vs) := {[v.rule, v.path] | some v in vs}

key_id := "AKIATOLLGATEFIXTURE2"

workflow(env, job, steps) := {"on": "push", "permissions": {}, "env": env, "jobs": {"train": object.union({"runs-on": "ubuntu-latest", "steps": steps}, job)}}

test_shapes_anywhere if {
	steps := [
		{"name": "Upload", "env": {"AWS_ACCESS_KEY_ID": key_id}, "run": "aws s3 cp m s3://b/"},
		{"run": "git clone https://x-access-token:ghp_tollgateFixtureNotARealToken000000000@github.com/acme/data.git"},
	]
	vs := rule.violations with input as workflow({}, {}, steps)
	found(vs) == {
		["TG-SECRET-001", ["jobs", "train", "steps", 0, "env", "AWS_ACCESS_KEY_ID"]],
		["TG-SECRET-001", ["jobs", "train", "steps", 1, "run"]],
	}
	{v.msg | some v in vs} == {
		"step 'Upload' of job 'train' env.AWS_ACCESS_KEY_ID holds an AWS access key id",
		"step 2 of job 'train' run holds a GitHub token",
		"step 2 of job 'train' run holds a password in a URL",
	}
	every v in vs {
		not contains(v.msg, key_id)
		not contains(v.msg, "ghp_")
	}
}

test_named_literals if {
	env := {"DB_PASSWORD": "changeme", "HF_HOME": "/tmp/hf"}
	job := {"env": {"WANDB_API_KEY": "wandb0tollgate0fixture0fake0key0000000000"}, "container": {"image": "python:3.12", "credentials": {"username": "bot", "password": "Tollgate-Fixture-1"}}}
	steps := [{"uses": "docker/login-action@v3", "with": {"username": "bot", "password": "Tollgate-Fixture-2"}}]
	vs := rule.violations with input as workflow(env, job, steps)
	found(vs) == {
		["TG-SECRET-001", ["env", "DB_PASSWORD"]],
		["TG-SECRET-001", ["jobs", "train", "env", "WANDB_API_KEY"]],
		["TG-SECRET-001", ["jobs", "train", "container", "credentials", "password"]],
		["TG-SECRET-001", ["jobs", "train", "steps", 0, "with", "password"]],
	}
	some v in vs
	v.msg == "the workflow's env.DB_PASSWORD is a hard-coded password"
}

test_references_placeholders_and_services_are_compliant if {
	env := {"DB_PASSWORD": "${{ secrets.DB_PASSWORD }}", "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "TOKEN": ""}
	job := {"services": {"postgres": {"image": "postgres:16", "env": {"POSTGRES_PASSWORD": "postgres"}}}}
	steps := [{"uses": "docker/login-action@v3", "with": {"password": "${{ secrets.GITHUB_TOKEN }}"}, "env": {"SECRET_NAME": "prod/db"}}]
	count(rule.violations) == 0 with input as workflow(env, job, steps)
}

test_env_of_a_service_container_password if {
	job := {
		"services": {"postgres": {"image": "postgres:16", "env": {"POSTGRES_PASSWORD": "Tollgate-Fixture-1"}}},
		"env": {"DB_PASSWORD": "Tollgate-Fixture-1", "API_TOKEN": "Tollgate-Fixture-Token-3"},
	}
	vs := rule.violations with input as workflow({"PGPASSWORD_ALL": "x", "TEST_DB_PASSWORD": "Tollgate-Fixture-1"}, job, [{"run": "pytest"}])
	found(vs) == {["TG-SECRET-001", ["jobs", "train", "env", "API_TOKEN"]]}
}

test_reusable_workflow_secrets if {
	wf := {"on": "push", "jobs": {"call": {"uses": "./.github/workflows/x.yml", "secrets": {"HF_TOKEN": "hf_tollgateFixtureFakeToken0000"}}}}
	vs := rule.violations with input as wf
	found(vs) == {["TG-SECRET-001", ["jobs", "call", "secrets", "HF_TOKEN"]]}
}
