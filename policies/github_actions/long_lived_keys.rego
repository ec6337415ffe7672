# METADATA
# title: Long-lived cloud key instead of OIDC
# description: >-
#   Static cloud keys in a workflow live until someone rotates them, leak through logs and forks,
#   and cannot be scoped to one repository or branch. GitHub's OIDC token is short-lived and bound
#   to the workflow that asked for it.
# custom:
#   id: TG-GHA-005
#   severity: high
#   owner: infosec
#   remediation: >-
#     Grant `id-token: write` and exchange the OIDC token for short-lived credentials:
#     aws-actions/configure-aws-credentials with `role-to-assume`, google-github-actions/auth with
#     `workload_identity_provider`, azure/login with `client-id` and `tenant-id`. Then delete the
#     stored key.
#   standards:
#     owasp-cicd: [CICD-SEC-6]
#     nist-800-53: [IA-5, AC-2]
#   related: []
#   inline_waivers: true
package tollgate.rules.github_actions.long_lived_keys

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

# Inputs of the cloud login actions that take a static key.
key_inputs := {
	"aws-actions/configure-aws-credentials": "aws-secret-access-key",
	"google-github-actions/auth": "credentials_json",
	"azure/login": "creds",
}

# Every env map of the workflow: top level, jobs and steps.
env_maps contains {"path": ["env"], "env": input.env, "label": "the workflow"} if is_object(input.env)

env_maps contains {"path": array.concat(job.path, ["env"]), "env": job.job.env, "label": concat("", ["job '", job.id, "'"])} if {
	some job in gha.jobs
	is_object(job.job.env)
}

env_maps contains {"path": array.concat(s.path, ["env"]), "env": s.step.env, "label": s.label} if {
	some s in gha.steps
	is_object(s.step.env)
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some m in env_maps
	some name, _ in m.env
	upper(name) in {upper(n) | some n in data.params.github_actions.long_lived_key_names}
	path := array.concat(m.path, [name])
	msg := concat("", [m.label, " passes the long-lived cloud key ", name, " in env"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some s in gha.steps
	some action, key in key_inputs
	gha.action_name(s.step.uses) == action
	_ = s.step.with[key]
	path := array.concat(s.path, ["with", key])
	msg := concat("", [s.label, " logs in to the cloud with the static key input '", key, "' of ", action])
}
