# METADATA
# title: GPU workspace without justification or cost centre
# description: >-
#   GPU and cluster compute profiles cost one to two orders of magnitude more than CPU ones and
#   come from a shared, scarce quota. A request for them must say why CPU will not do, and which
#   cost centre pays, so capacity can be prioritised and the spend charged back.
# custom:
#   id: TG-REQ-001
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Add `compute.justification` (what the workload is and why it needs accelerators) and a
#     top-level `costCentre`, or request the `cpu` profile. Profiles that count as accelerated are
#     `parameters.ml_workspace_request.accelerated_profiles`.
#   standards:
#     nist-800-53: [PM-3, SA-2]
#   related: []
#   inline_waivers: true
package tollgate.rules.ml_workspace_request.accelerator_justification

import data.tollgate.lib.result

accelerated if input.compute.profile in data.params.ml_workspace_request.accelerated_profiles

violations contains result.violation(rego.metadata.chain(), ["compute", "justification"], msg) if {
	accelerated
	not filled(object.get(input.compute, "justification", ""))
	msg := concat("", ["the ", input.compute.profile, " profile needs compute.justification: say why CPU will not do"])
}

violations contains result.violation(rego.metadata.chain(), ["compute", "profile"], msg) if {
	accelerated
	not filled(object.get(input, "costCentre", ""))
	msg := concat("", ["the ", input.compute.profile, " profile needs a costCentre that pays for it"])
}

filled(v) if {
	is_string(v)
	trim_space(v) != ""
}
