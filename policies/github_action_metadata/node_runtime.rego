# METADATA
# title: Action runs on an outdated Node.js runtime
# description: >-
#   A JavaScript action declares the Node.js version the runner starts it with. GitHub retires old
#   runtimes (node12, node16, then node20): an action on one stops receiving security fixes of the
#   runtime, is forced onto a newer one with a warning, and eventually fails every workflow that
#   uses it.
# custom:
#   id: TG-GHA-006
#   severity: low
#   owner: architecture
#   remediation: >-
#     Set `runs.using` to a supported runtime (`node24`), test the action on it and release a new
#     version. The runtimes your organisation accepts are `parameters.github_action_metadata.node_runtimes`.
#   standards:
#     nist-800-53: [SI-2, SA-22]
#   related: []
#   inline_waivers: true
package tollgate.rules.github_action_metadata.node_runtime

import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), ["runs", "using"], msg) if {
	using := input.runs.using
	is_string(using)
	regex.match(`^node[0-9]+$`, lower(using))
	not lower(using) in {lower(r) | some r in data.params.github_action_metadata.node_runtimes}
	msg := concat("", ["action runs on ", using, "; supported runtimes are ", concat(", ", data.params.github_action_metadata.node_runtimes)])
}
