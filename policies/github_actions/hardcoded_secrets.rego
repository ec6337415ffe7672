# METADATA
# title: Hard-coded credential
# description: >-
#   A credential written into a file in the repository is readable by everyone who can read the
#   repository, its forks, clones, CI logs and built images, for as long as the history exists:
#   removing it later does not take it back. This rule recognises credentials by their form (AWS
#   access key ids, private keys, GitHub, GitLab and Slack tokens, Slack webhooks, passwords in
#   URLs) wherever they appear, and literal values assigned to names that hold credentials
#   (`DB_PASSWORD`, `client_secret`, `HF_TOKEN`, `api_key`, `MasterUserPassword`) in workflow and
#   GitLab variables, Dockerfile ENV and ARG, Kubernetes env values and Secret manifests,
#   Terraform attributes, variables and tfvars, and CloudFormation properties and parameter
#   defaults. References (`${{ secrets.X }}`, `$VAR`, `var.x`, `{"Ref": ...}`,
#   `{{resolve:...}}`) and placeholders (empty, `<...>`, `xxx`, `changeit`-style words such as
#   `REDACTED` or `dummy`, AWS's documented `...EXAMPLE` keys) are not credentials. A password is
#   reported whatever it looks like (`changeme` is a password); other names need a value that
#   looks generated (16 characters of two character classes, or 8 of three), so names and paths
#   such as `secret: db-credentials` are not reported. Findings say what kind of credential is
#   where, never the value.
# custom:
#   id: TG-SECRET-001
#   severity: critical
#   owner: infosec
#   remediation: >-
#     Revoke or rotate the credential first: it is compromised from the moment it was pushed.
#     Then read it at run time from a secret store: `${{ secrets.X }}` in workflows, masked and
#     protected CI/CD variables in GitLab, BuildKit secrets (`RUN --mount=type=secret`) instead of
#     ENV or ARG, `valueFrom.secretKeyRef` and an external secret operator (or SealedSecrets)
#     instead of a Secret manifest in git, `sensitive` variables fed from a secret manager in
#     Terraform, and `{{resolve:secretsmanager:...}}` or `NoEcho` parameters without a default in
#     CloudFormation. Passwords of throwaway CI service containers (GitHub `services:`, GitLab
#     variables such as POSTGRES_PASSWORD in jobs with `services:`) are not reported; the list is
#     `parameters.secrets.service_password_variables`.
#   standards:
#     nist-800-53: [IA-5(7), SC-28, SA-3]
#     owasp-cicd: [CICD-SEC-6]
#   related: [CKV_SECRET_2, CKV_SECRET_4, CKV_SECRET_6, CKV_SECRET_13, CKV_SECRET_14, CKV_AWS_41, CKV_AWS_45, aws-access-token, private-key, github-pat, github-fine-grained-pat, gitlab-pat, slack-bot-token, slack-webhook-url, generic-api-key, zizmor/hardcoded-container-credentials]
#   inline_waivers: true
package tollgate.rules.github_actions.hardcoded_secrets

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result
import data.tollgate.lib.secrets

strings contains {"path": path, "value": value} if {
	walk(input, [path, value])
	is_string(value)
	count(path) > 0
}

# Where a value is, for messages: the step or job, then the path inside it.
label(path) := concat("", [gha.step_label(step, path[3], path[1]), " ", secrets.path_text(array.slice(path, 4, count(path)))]) if {
	path[0] == "jobs"
	path[2] == "steps"
	count(path) > 4
	step := input.jobs[path[1]].steps[path[3]]
	is_object(step)
} else := concat("", ["job '", path[1], "' ", secrets.path_text(array.slice(path, 2, count(path)))]) if {
	path[0] == "jobs"
	count(path) > 2
} else := concat("", ["the workflow's ", secrets.path_text(path)])

# Values assigned to a name: env (workflow, job, step, job container), step and reusable-workflow
# inputs and secrets, and container registry credentials. Service containers are left out: they
# live for one job.
named contains {"path": s.path, "name": name, "value": s.value} if {
	some s in strings
	n := count(s.path)
	s.path[n - 2] in {"env", "with", "secrets", "credentials"}
	not service_env(s.path)
	not connects_to_service(s.path, s.value)
	name := s.path[n - 1]
	is_string(name)
}

service_env(path) if {
	path[2] == "services"
	path[4] == "env"
}

# Values a job's service containers are started with (POSTGRES_PASSWORD: postgres): the job's
# own env repeating them connects to those throwaway containers.
service_values(job) := {v |
	some _, service in input.jobs[job].services
	some _, v in service.env
	is_string(v)
}

connects_to_service(path, value) if {
	path[0] == "jobs"
	value in service_values(path[1])
}

connects_to_service(path, value) if {
	path[0] == "env"
	some job, _ in input.jobs
	value in service_values(job)
}

violations contains result.violation_at(rego.metadata.chain(), s.path, msg, f.snippet) if {
	some s in strings
	some f in secrets.found(s.value)
	msg := concat("", [label(s.path), " holds ", f.kind])
}

violations contains result.violation(rego.metadata.chain(), c.path, msg) if {
	some c in named
	kind := secrets.named(c.name, c.value)
	msg := concat("", [label(c.path), " is a hard-coded ", kind])
}
