package tollgate.rules.dockerfile.secret_in_env_test

import data.tollgate.rules.dockerfile.secret_in_env as rule

found(vs) := {[v.rule, v.path] | some v in vs}

env(pairs) := {"cmd": "ENV", "value": "...", "pairs": [{"name": n, "value": v} | some [n, v] in pairs]}

arg(name, value) := {"cmd": "ARG", "value": name, "pairs": [{"name": name, "value": value}]}

df(args, instructions) := {"args": args, "stages": [{
	"name": "serve",
	"from": {"image": "python:3.11", "resolved": true, "digest": null, "stage": null, "scratch": false},
	"instructions": instructions,
}]}

test_env_secret_is_flagged_without_its_value if {
	vs := rule.violations with input as df([], [env([["LOG_LEVEL", "info"], ["HF_TOKEN", "hf_abcdefghijklmnop"]])])
	found(vs) == {["TG-DOCKER-006", ["stages", 0, "instructions", 0, "pairs", 1]]}
	some v in vs
	v.msg == "stage 'serve' sets ENV HF_TOKEN, which looks like a secret: ENV values are stored in the image for anyone who can pull it"
	not contains(v.msg, "hf_abc")
}

test_secret_names if {
	names := [
		"AWS_SECRET_ACCESS_KEY", "WANDB_API_KEY", "OPENAI_APIKEY", "POSTGRES_PASSWORD", "db-password",
		"GITHUB_TOKEN", "secret", "SSH_PRIVATE_KEY", "MLFLOW_TRACKING_PASSWORD", "client.secret",
	]
	vs := rule.violations with input as df([], [env([[n, "x"]]) | some n in names])
	count(vs) == count(names)
}

test_names_that_are_not_secrets if {
	names := [
		"TOKENIZERS_PARALLELISM", "MAX_TOKENS", "AWS_ACCESS_KEY_ID", "DB_PASSWORD_FILE", "HF_TOKEN_PATH",
		"SECRETS_DIR", "TOKEN_URL", "SECRET_NAME", "PASSWORDLESS", "GOOGLE_APPLICATION_CREDENTIALS", "KEY",
	]
	count(rule.violations) == 0 with input as df([], [env([[n, "x"]]) | some n in names])
}

test_empty_values_and_secret_mount_paths_are_compliant if {
	count(rule.violations) == 0 with input as df([], [env([["HF_TOKEN", ""], ["DB_PASSWORD", "/run/secrets/db_password"]])])
}

test_stage_arg_is_flagged_with_or_without_a_default if {
	vs := rule.violations with input as df([], [arg("HF_TOKEN", null), arg("NPM_TOKEN", "abc"), arg("PYTHON_VERSION", "3.11")])
	found(vs) == {
		["TG-DOCKER-006", ["stages", 0, "instructions", 0, "pairs", 0]],
		["TG-DOCKER-006", ["stages", 0, "instructions", 1, "pairs", 0]],
	}
	some v in vs
	v.msg == "stage 'serve' declares ARG HF_TOKEN, which looks like a secret: build arguments are recorded in the image history"
}

test_global_arg_is_flagged_only_with_a_default if {
	vs := rule.violations with input as df([{"name": "REGISTRY_TOKEN", "value": "abc"}, {"name": "BASE_TOKEN", "value": null}], [])
	found(vs) == {["TG-DOCKER-006", ["args", 0]]}
	some v in vs
	v.msg == "ARG REGISTRY_TOKEN before the first FROM has a default that looks like a secret, written in the Dockerfile"
}

test_credentials_in_urls if {
	vs := rule.violations with input as df(
		[{"name": "INDEX", "value": "https://ci:s3cr3t@pypi.acme.internal/simple"}],
		[
			env([["PIP_EXTRA_INDEX_URL", "https://deploy:hunter2@pypi.acme.internal/simple"]]),
			env([["PIP_INDEX_URL", "https://pypi.acme.internal/simple"], ["MIRROR", "https://user@mirror.internal/"]]),
			arg("PIP_INDEX_URL", "https://${PIP_USER}:${PIP_PASSWORD}@pypi.acme.internal/simple"),
		],
	)
	found(vs) == {["TG-DOCKER-006", ["args", 0]], ["TG-DOCKER-006", ["stages", 0, "instructions", 0, "pairs", 0]]}
	some v in vs
	v.msg == "stage 'serve' sets ENV PIP_EXTRA_INDEX_URL to a URL with a password in it"
	not contains(v.msg, "hunter2")
}

test_parameters if {
	vs := rule.violations with input as df([], [env([["MY_PIN", "1234"], ["HF_TOKEN", "x"]])])
		with data.params.dockerfile.secret_name_words as ["PIN"]
		with data.params.dockerfile.non_secret_name_suffixes as []
	found(vs) == {["TG-DOCKER-006", ["stages", 0, "instructions", 0, "pairs", 0]]}
}
