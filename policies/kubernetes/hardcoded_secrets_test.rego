package tollgate.rules.kubernetes.hardcoded_secrets_test

import data.tollgate.rules.kubernetes.hardcoded_secrets as rule

found(vs) := {[v.rule, v.path] | some v in vs}

deployment(env) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "serve"}, "spec": {"template": {"spec": {"containers": [{"name": "model", "image": "x", "env": env}]}}}}

test_env_values if {
	env := [
		{"name": "DB_PASSWORD", "value": "changeme"},
		{"name": "AWS_ACCESS_KEY_ID", "value": "AKIATOLLGATEFIXTURE2"},
		{"name": "API_KEY", "valueFrom": {"secretKeyRef": {"name": "api", "key": "key"}}},
		{"name": "LOG_LEVEL", "value": "info"},
	]
	vs := rule.violations with input as [deployment(env)]
	found(vs) == {
		["TG-SECRET-001", [0, "spec", "template", "spec", "containers", 0, "env", 0, "value"]],
		["TG-SECRET-001", [0, "spec", "template", "spec", "containers", 0, "env", 1, "value"]],
	}
	{v.msg | some v in vs} == {
		"Deployment 'serve' container 'model' env DB_PASSWORD is a hard-coded password",
		"Deployment 'serve' container 'model' env AWS_ACCESS_KEY_ID holds an AWS access key id",
	}
}

test_secret_manifests if {
	secret := {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"}, "type": "Opaque", "stringData": {"username": "mlflow", "password": "Tollgate-Fixture-1", "empty": ""}, "data": {"token": base64.encode("tollgate-fixture-token"), "ca.crt": base64.encode("cert"), "ref": base64.encode("${TOKEN}")}}
	vs := rule.violations with input as [secret]
	found(vs) == {["TG-SECRET-001", [0, "stringData", "password"]], ["TG-SECRET-001", [0, "data", "token"]]}
	some v in vs
	v.msg == "Secret 'db' holds the value of password in stringData, in the repository (base64 is not encryption)"
}

test_configmap_data if {
	cm := {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg"}, "data": {"MLFLOW_TRACKING_PASSWORD": "Tollgate-Fixture-1", "secret": "db-credentials"}}
	vs := rule.violations with input as [cm]
	found(vs) == {["TG-SECRET-001", [0, "data", "MLFLOW_TRACKING_PASSWORD"]]}
}
