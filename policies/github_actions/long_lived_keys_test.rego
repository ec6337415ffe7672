package tollgate.rules.github_actions.long_lived_keys_test

import data.tollgate.rules.github_actions.long_lived_keys as rule

found(vs) := {[v.rule, v.path] | some v in vs}

workflow(extra, job, steps) := object.union(
	{
		"on": {"push": {"tags": ["v*"]}},
		"permissions": {"contents": "read"},
		"jobs": {"publish": object.union({"runs-on": "ubuntu-latest", "steps": steps}, job)},
	},
	extra,
)

upload := {"name": "Upload model", "run": "aws s3 cp model.safetensors s3://models/"}

test_workflow_env_is_flagged if {
	wf := workflow({"env": {"AWS_REGION": "eu-west-1", "AWS_SECRET_ACCESS_KEY": "${{ secrets.AWS_SECRET_ACCESS_KEY }}"}}, {}, [upload])
	vs := rule.violations with input as wf
	found(vs) == {["TG-GHA-005", ["env", "AWS_SECRET_ACCESS_KEY"]]}
	some v in vs
	v.msg == "the workflow passes the long-lived cloud key AWS_SECRET_ACCESS_KEY in env"
}

test_job_env_is_flagged if {
	wf := workflow({}, {"env": {"AWS_ACCESS_KEY_ID": "${{ secrets.AWS_ACCESS_KEY_ID }}"}}, [upload])
	vs := rule.violations with input as wf
	found(vs) == {["TG-GHA-005", ["jobs", "publish", "env", "AWS_ACCESS_KEY_ID"]]}
	some v in vs
	v.msg == "job 'publish' passes the long-lived cloud key AWS_ACCESS_KEY_ID in env"
}

test_step_env_is_flagged if {
	step := object.union(upload, {"env": {"GCP_SA_KEY": "${{ secrets.GCP_SA_KEY }}", "HF_HOME": "/tmp/hf"}})
	vs := rule.violations with input as workflow({}, {}, [{"uses": "actions/checkout@v4"}, step])
	found(vs) == {["TG-GHA-005", ["jobs", "publish", "steps", 1, "env", "GCP_SA_KEY"]]}
	some v in vs
	v.msg == "step 'Upload model' of job 'publish' passes the long-lived cloud key GCP_SA_KEY in env"
}

test_names_match_case_insensitively if {
	wf := workflow({}, {"env": {"azure_client_secret": "${{ secrets.AZ }}"}}, [upload])
	vs := rule.violations with input as wf
	found(vs) == {["TG-GHA-005", ["jobs", "publish", "env", "azure_client_secret"]]}
}

test_other_env_names_are_compliant if {
	wf := workflow({"env": {"AWS_REGION": "eu-west-1", "HF_HUB_ENABLE_HF_TRANSFER": "1"}}, {"env": {"AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/publish"}}, [upload])
	count(rule.violations) == 0 with input as wf
}

test_key_names_parameter if {
	wf := workflow({"env": {"AWS_SECRET_ACCESS_KEY": "x", "HF_TOKEN": "${{ secrets.HF_TOKEN }}"}}, {}, [upload])
	vs := rule.violations with input as wf
		with data.params.github_actions.long_lived_key_names as ["hf_token"]
	found(vs) == {["TG-GHA-005", ["env", "HF_TOKEN"]]}
}

test_aws_login_with_static_key_is_flagged if {
	login := {
		"uses": "aws-actions/configure-aws-credentials@v4",
		"with": {
			"aws-access-key-id": "${{ secrets.AWS_KEY_ID }}",
			"aws-secret-access-key": "${{ secrets.AWS_SECRET }}",
			"aws-region": "eu-west-1",
		},
	}
	vs := rule.violations with input as workflow({}, {}, [login, upload])
	found(vs) == {["TG-GHA-005", ["jobs", "publish", "steps", 0, "with", "aws-secret-access-key"]]}
	some v in vs
	v.msg == "step 1 of job 'publish' logs in to the cloud with the static key input 'aws-secret-access-key' of aws-actions/configure-aws-credentials"
}

test_gcp_and_azure_logins_with_static_keys_are_flagged if {
	steps := [
		{"uses": "google-github-actions/auth@v2", "with": {"credentials_json": "${{ secrets.GCP_CREDENTIALS }}"}},
		{"uses": "Azure/login@v2", "with": {"creds": "${{ secrets.AZURE_CREDENTIALS }}"}},
	]
	vs := rule.violations with input as workflow({}, {}, steps)
	found(vs) == {
		["TG-GHA-005", ["jobs", "publish", "steps", 0, "with", "credentials_json"]],
		["TG-GHA-005", ["jobs", "publish", "steps", 1, "with", "creds"]],
	}
}

test_oidc_logins_are_compliant if {
	steps := [
		{"uses": "aws-actions/configure-aws-credentials@v4", "with": {"role-to-assume": "arn:aws:iam::123456789012:role/publish", "aws-region": "eu-west-1"}},
		{"uses": "google-github-actions/auth@v2", "with": {"workload_identity_provider": "projects/1/locations/global/workloadIdentityPools/gh/providers/gh", "service_account": "publisher@p.iam.gserviceaccount.com"}},
		{"uses": "azure/login@v2", "with": {"client-id": "${{ vars.AZURE_CLIENT_ID }}", "tenant-id": "${{ vars.AZURE_TENANT_ID }}", "subscription-id": "${{ vars.AZURE_SUBSCRIPTION_ID }}"}},
	]
	count(rule.violations) == 0 with input as workflow({}, {"permissions": {"id-token": "write", "contents": "read"}}, steps)
}

test_key_input_names_of_other_actions_are_compliant if {
	steps := [{"uses": "some/uploader@v1", "with": {"creds": "x", "credentials_json": "y"}}]
	count(rule.violations) == 0 with input as workflow({}, {}, steps)
}
