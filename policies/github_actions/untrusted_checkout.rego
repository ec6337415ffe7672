# METADATA
# title: Privileged trigger checks out untrusted code
# description: >-
#   `pull_request_target` and `workflow_run` run with the base repository's secrets and a write
#   token. Checking out the pull request's head there and building or testing it runs the
#   attacker's code with those secrets (a "pwn request").
# custom:
#   id: TG-GHA-003
#   severity: critical
#   owner: cybersecurity
#   remediation: >-
#     Use the `pull_request` trigger for anything that runs the contributor's code. If the job needs
#     secrets, split it: build untrusted code under `pull_request`, upload an artifact, and act on
#     the artifact (never execute it) in a separate `workflow_run` job.
#   standards:
#     owasp-cicd: [CICD-SEC-4]
#     nist-800-53: [CM-5, SI-7]
#   related: [zizmor/dangerous-triggers]
#   inline_waivers: false
package tollgate.rules.github_actions.untrusted_checkout

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

# One value even when both triggers are present (a complete rule must not have two).
privileged_trigger := "pull_request_target" if {
	"pull_request_target" in gha.triggers
} else := "workflow_run" if {
	"workflow_run" in gha.triggers
}

untrusted_ref := `github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head_|refs/pull/|github\.event\.number|github\.event\.pull_request\.number`

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	trigger := privileged_trigger
	some s in gha.steps
	startswith(gha.action_name(s.step.uses), "actions/checkout")
	ref := s.step.with.ref
	regex.match(untrusted_ref, ref)
	path := array.concat(s.path, ["with", "ref"])
	msg := concat("", [s.label, " checks out the untrusted ref '", ref, "' in a ", trigger, " workflow"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	trigger := privileged_trigger
	some s in gha.steps
	regex.match(`gh pr checkout|git fetch [^\n]*pull/`, s.step.run)
	path := array.concat(s.path, ["run"])
	msg := concat("", [s.label, " fetches the pull request's code in a ", trigger, " workflow"])
}
