# METADATA
# title: Composite action uses an action not pinned to a commit SHA
# description: >-
#   Every workflow that uses a composite action runs the actions its steps name, with the calling
#   job's token and secrets. A tag or branch there can be moved to new code at any time, and the
#   callers' own SHA pins do not reach inside the composite action.
# custom:
#   id: TG-GHA-007
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Pin each nested `uses:` to the full commit SHA of the release you reviewed and keep the tag in
#     a comment (`uses: owner/action@<sha> # v1.2.3`). Owners your organisation trusts can be listed
#     in `parameters.github_actions.first_party_owners`.
#   standards:
#     owasp-cicd: [CICD-SEC-3]
#     nist-800-53: [SR-3, CM-2]
#     slsa: [build-l3]
#   related: [zizmor/unpinned-uses, scorecard/Pinned-Dependencies]
#   inline_waivers: true
package tollgate.rules.github_action_metadata.unpinned_step

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), ["runs", "steps", i, "uses"], msg) if {
	input.runs.using == "composite"
	some i, step in input.runs.steps
	ref := step.uses
	is_string(ref)
	not startswith(ref, "./")
	not gha.first_party(ref, data.params.github_actions.first_party_owners)
	p := gha.pin_problem(ref)
	msg := concat("", ["'", ref, "' in step ", format_int(i + 1, 10), " of the composite action ", p])
}
