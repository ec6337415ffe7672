package tollgate.lib.secrets_test

import data.tollgate.lib.secrets

kinds(text) := {f.kind | some f in secrets.found(text)}

test_shapes if {
	kinds("AKIATOLLGATEFIXTURE2") == {"an AWS access key id"}
	kinds("export AWS_ACCESS_KEY_ID=ASIATOLLGATEFIXTURE3 && aws s3 ls") == {"an AWS access key id"}
	kinds("ghp_tollgateFixtureNotARealToken000000000") == {"a GitHub token"}
	kinds(concat("", ["github_pat_", concat("", [x | some x in array.slice(split(repeat, ""), 0, 82)])])) == {"a GitHub token"}
	kinds("glpat-tollgateFixtureFake0000") == {"a GitLab token"}
	kinds("xoxb-000000000000-tollgate-fixture-fake") == {"a Slack token"}
	kinds("https://hooks.slack.com/services/T00000000/B00000000/tollgateFixtureFake00") == {"a Slack webhook URL"}
	kinds("postgresql://mlflow:Tollgate-Fixture-1@db.internal:5432/mlflow") == {"a password in a URL"}
	kinds("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAtollgateFixtureNotARealKeyAAAAAAAAAAAAAAAAAAA\n-----END RSA PRIVATE KEY-----\n") == {"a private key"}
	kinds("{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCtollgateFixtureFake000\\n-----END PRIVATE KEY-----\\n\"}") == {"a private key"}
}

repeat := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz0123456789"

test_snippet_of_a_private_key_is_its_header if {
	fs := secrets.found("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQtollgateFake\n-----END OPENSSH PRIVATE KEY-----")
	{f.snippet | some f in fs} == {"-----BEGIN OPENSSH PRIVATE KEY-----"}
}

test_not_credentials if {
	every text in [
		"AKIAIOSFODNN7EXAMPLE",
		"AKIA_NOT_A_KEY",
		"-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
		"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtollgateFixture\n-----END PUBLIC KEY-----",
		"ghp_short",
		"https://user:${{ secrets.TOKEN }}@github.com/acme/x",
		"https://x-access-token:$GITHUB_TOKEN@github.com/acme/x",
		"https://user:<password>@host/db",
		"git@github.com:acme/x.git",
		"https://github.com/acme/x",
	] {
		count(secrets.found(text)) == 0
	}
}

test_name_kinds if {
	secrets.name_kind("DB_PASSWORD") == "password"
	secrets.name_kind("MasterUserPassword") == "password"
	secrets.name_kind("SMTP_PASS") == "password"
	secrets.name_kind("admin-passphrase") == "password"
	secrets.name_kind("AWS_SECRET_ACCESS_KEY") == "AWS secret access key"
	secrets.name_kind("secret_key") == "AWS secret access key"
	secrets.name_kind("SecretAccessKey") == "AWS secret access key"
	secrets.name_kind("OPENAI_API_KEY") == "API key"
	secrets.name_kind("apiKey") == "API key"
	secrets.name_kind("access_key") == "key"
	secrets.name_kind("HF_TOKEN") == "token"
	secrets.name_kind("authToken") == "token"
	secrets.name_kind("client_secret") == "secret"
	secrets.name_kind("SecretString") == "secret"
	secrets.name_kind("secret_data") == "secret"
	every name in ["SECRET_NAME", "secretName", "TOKEN_URL", "PASSWORD_FILE", "KMS_KEY_ID", "bypass", "PWD", "primary_key", "cache-key", "key", "token_ttl", "compass", "sshKeyName"] {
		not secrets.name_kind(name)
	}
}

test_literal_kinds if {
	secrets.literal_kind("DB_PASSWORD", "changeme") == "password"
	secrets.literal_kind("POSTGRES_PASSWORD", "postgres") == "password"
	secrets.literal_kind("AWS_SECRET_ACCESS_KEY", "tollgate/FIXTURE/notARealSecretKey000000") == "AWS secret access key"
	secrets.literal_kind("HF_TOKEN", "hf_tollgateFixtureFakeToken") == "token"
	secrets.literal_kind("api_key", "3f9c2a1e-7b4d-4e8f-9a6b-0c1d2e3f4a5b") == "API key"
	secrets.literal_kind("signing_key", "Tollgate#Fix1") == "key"
}

test_not_literals if {
	every pair in [
		["DB_PASSWORD", ""],
		["DB_PASSWORD", "<db password>"],
		["DB_PASSWORD", "${DB_PASSWORD}"],
		["DB_PASSWORD", "$DB_PASSWORD"],
		["DB_PASSWORD", "${{ secrets.DB_PASSWORD }}"],
		["DB_PASSWORD", "{{resolve:secretsmanager:prod/db:SecretString:password}}"],
		["DB_PASSWORD", "xxxxxxxx"],
		["DB_PASSWORD", "********"],
		["DB_PASSWORD", "pass"],
		["DB_PASSWORD", "your-password-here"],
		["DB_PASSWORD", "REDACTED"],
		["AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
		["secret", "db-credentials"],
		["secret", "my-app-v2-credentials"],
		["client_secret", "prod/mlflow/client-secret"],
		["token", "github_app_installation_token"],
		["client_secret", "/run/secrets/client_secret"],
		["token", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:hf-token"],
		["HF_TOKEN", "short1A"],
		["SECRET_NAME", "Tollgate#Fixture1"],
		["GITHUB_TOKEN", "ghp_tollgateFixtureNotARealToken000000000"],
	] {
		not secrets.named(pair[0], pair[1])
	}
}

test_path_text if {
	secrets.path_text(["spec", "containers", 0, "env", 2, "value"]) == "spec.containers[0].env[2].value"
	secrets.path_text(["env", "HF_TOKEN"]) == "env.HF_TOKEN"
}
