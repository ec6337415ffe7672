package tollgate.rules.terraform.hardcoded_secrets_test

import data.tollgate.rules.terraform.hardcoded_secrets as rule

found(vs) := {[v.rule, v.path] | some v in vs}

db(config) := {"address": "aws_db_instance.mlflow", "type": "aws_db_instance", "name": "mlflow", "mode": "managed", "file": "main.tf", "config": config}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr], "ref": expr}

test_attributes_and_providers if {
	m := {
		"resource": {"aws_db_instance": {"mlflow": db({"username": "mlflow", "password": "Tollgate-Fixture-1"})}},
		"provider": {"aws": [{"region": "eu-west-1", "access_key": "AKIATOLLGATEFIXTURE2", "secret_key": "tollgate/FIXTURE/notARealSecretKey000000"}]},
	}
	vs := rule.violations with input as m
	found(vs) == {
		["TG-SECRET-001", ["resource", "aws_db_instance", "mlflow", "config", "password"]],
		["TG-SECRET-001", ["provider", "aws", 0, "access_key"]],
		["TG-SECRET-001", ["provider", "aws", 0, "secret_key"]],
	}
	{v.msg | some v in vs} == {
		"aws_db_instance 'mlflow' password is a hard-coded password",
		"provider aws access_key holds an AWS access key id",
		"provider aws secret_key is a hard-coded AWS secret access key",
	}
}

test_variables_report_where_the_value_is_written if {
	m := {
		"variable": {
			"db_password": {"name": "db_password", "default": "Tollgate-Fixture-1", "value": "Tollgate-Fixture-2", "file": "variables.tf"},
			"api_token": {"name": "api_token", "default": "Tollgate-Fixture-Token-3", "value": "Tollgate-Fixture-Token-3"},
			"admin_password": {"name": "admin_password", "value": unknown("var.admin_password")},
		},
		"resource": {"aws_db_instance": {"mlflow": db({"password": "Tollgate-Fixture-2", "master_password": unknown("random_password.db.result")})}},
	}
	vs := rule.violations with input as m
	found(vs) == {
		["TG-SECRET-001", ["variable", "db_password", "default"]],
		["TG-SECRET-001", ["variable", "db_password", "value"]],
		["TG-SECRET-001", ["variable", "api_token", "default"]],
	}
	{v.msg | some v in vs} == {
		"the default of variable 'db_password' is a hard-coded password",
		"the value given to variable 'db_password' is a hard-coded password",
		"the default of variable 'api_token' is a hard-coded token",
	}
}

test_module_inputs_and_locals if {
	m := {
		"locals": {"slack_webhook": "https://hooks.slack.com/services/T00000000/B00000000/tollgateFixtureFake00"},
		"module": {"mlflow": {"address": "module.mlflow", "name": "mlflow", "source": "./modules/mlflow", "inputs": {"db_password": "Tollgate-Fixture-1", "webhook": "https://hooks.slack.com/services/T00000000/B00000000/tollgateFixtureFake00"}}},
	}
	vs := rule.violations with input as m
	found(vs) == {
		["TG-SECRET-001", ["locals", "slack_webhook"]],
		["TG-SECRET-001", ["module", "mlflow", "inputs", "db_password"]],
	}
}

test_references_are_compliant if {
	m := {"resource": {"aws_db_instance": {"mlflow": db({
		"password": unknown("aws_secretsmanager_secret_version.db.secret_string"),
		"manage_master_user_password": true,
		"kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/abcd",
	})}}}
	count(rule.violations) == 0 with input as m
}
