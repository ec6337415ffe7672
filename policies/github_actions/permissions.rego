# METADATA
# title: Workflow without least-privilege permissions
# description: >-
#   Without a `permissions` block the GITHUB_TOKEN gets the repository's default, often write to
#   contents, packages and pull requests; `write-all` grants everything. A compromised step then
#   pushes code or publishes packages.
# custom:
#   id: TG-GHA-002
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Add `permissions: {}` or `permissions: {contents: read}` at the top of the workflow and
#     grant each job only the scopes it needs (for example `id-token: write` for OIDC).
#   standards:
#     owasp-cicd: [CICD-SEC-5]
#     nist-800-53: [AC-6]
#   related: [CKV2_GHA_1, zizmor/excessive-permissions]
#   inline_waivers: true
package tollgate.rules.github_actions.permissions

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	not "permissions" in object.keys(input)
	some job in gha.jobs
	not "permissions" in object.keys(job.job)
	path := array.concat(job.path, ["permissions"])
	msg := concat("", ["job '", job.id, "' has no permissions block and the workflow sets none, so its token gets the repository default"])
}

violations contains result.violation(rego.metadata.chain(), ["permissions"], "the workflow grants its token write-all permissions") if {
	input.permissions == "write-all"
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some job in gha.jobs
	job.job.permissions == "write-all"
	path := array.concat(job.path, ["permissions"])
	msg := concat("", ["job '", job.id, "' grants its token write-all permissions"])
}
