# METADATA
# title: Directory group name outside the naming convention
# description: >-
#   Access reviews, joiner-mover-leaver automation and audit queries find the groups that grant
#   access to ML workspaces by their names. A group that does not follow the convention escapes
#   them, and its members keep access nobody reviews.
# custom:
#   id: TG-REQ-003
#   severity: low
#   owner: architecture
#   remediation: >-
#     Request a directory group named by the convention (by default `grp-ml-<team>`, for example
#     `grp-ml-fraud-analytics`); the pattern is `parameters.ml_workspace_request.directory_group_pattern`.
#   standards:
#     nist-800-53: [AC-2, IA-4]
#   related: []
#   inline_waivers: true
package tollgate.rules.ml_workspace_request.directory_group

import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), ["directoryGroup"], msg) if {
	group := input.directoryGroup
	is_string(group)
	pattern := data.params.ml_workspace_request.directory_group_pattern
	not regex.match(pattern, group)
	msg := concat("", ["directory group '", group, "' does not match ", pattern])
}
