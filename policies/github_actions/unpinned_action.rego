# METADATA
# title: Third-party action not pinned to a commit SHA
# description: >-
#   A tag or branch of someone else's action can be moved to new code at any time (as in the
#   tj-actions/changed-files compromise of 2025); the workflow then runs it with the job's secrets.
#   Only a full 40-character commit SHA is immutable.
# custom:
#   id: TG-GHA-001
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Pin the action to the full commit SHA of the release you reviewed and keep the tag in a
#     comment (`uses: owner/action@<sha> # v1.2.3`); Dependabot and Renovate update such pins.
#     Container actions need `docker://image@sha256:<digest>`. Owners your organisation trusts
#     can be listed in `parameters.github_actions.first_party_owners`.
#   standards:
#     owasp-cicd: [CICD-SEC-3]
#     nist-800-53: [SR-3, CM-2]
#     slsa: [build-l3]
#   related: [zizmor/unpinned-uses, scorecard/Pinned-Dependencies]
#   inline_waivers: true
package tollgate.rules.github_actions.unpinned_action

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), u.path, msg) if {
	some u in gha.uses
	not startswith(u.ref, "./")
	not gha.first_party(u.ref, data.params.github_actions.first_party_owners)
	p := gha.pin_problem(u.ref)
	msg := concat("", ["'", u.ref, "' in ", u.label, " ", p])
}
