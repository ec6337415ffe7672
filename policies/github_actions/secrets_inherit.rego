# METADATA
# title: All secrets passed to a reusable workflow of an untrusted owner
# description: >-
#   `secrets: inherit` hands every secret the calling workflow can read (repository, environment
#   and organisation secrets) to the called reusable workflow. When that workflow lives in a
#   repository of another owner, whoever controls that repository (or moves the ref it is called
#   at) receives all of them, not only the ones the job needs.
# custom:
#   id: TG-GHA-008
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Pass only the secrets the called workflow declares, by name:
#     `secrets: {PYPI_TOKEN: "${{ secrets.PYPI_TOKEN }}"}`. Keep `secrets: inherit` for reusable
#     workflows of your own repository (`./.github/workflows/...`) or of owners your organisation
#     controls, listed in `parameters.github_actions.first_party_owners`.
#   standards:
#     owasp-cicd: [CICD-SEC-6, CICD-SEC-8]
#     nist-800-53: [AC-6, IA-5]
#   related: [zizmor/secrets-inherit]
#   inline_waivers: true
package tollgate.rules.github_actions.secrets_inherit

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some job in gha.jobs
	ref := job.job.uses
	is_string(ref)
	job.job.secrets == "inherit"
	not startswith(ref, "./")
	not gha.first_party(ref, data.params.github_actions.first_party_owners)
	path := array.concat(job.path, ["secrets"])
	msg := concat("", ["job '", job.id, "' passes every secret of the workflow (secrets: inherit) to '", ref, "', a reusable workflow of an owner not in first_party_owners"])
}
