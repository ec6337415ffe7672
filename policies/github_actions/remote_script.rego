# METADATA
# title: Downloaded script piped into a shell in a workflow
# description: >-
#   `curl ... | bash`, `wget -O- ... | sh` and `bash <(curl ...)` in a `run:` step execute
#   whatever the server returns at that moment, unreviewed and unverified, with the job's
#   GITHUB_TOKEN, secrets and cloud credentials in reach. A compromised or spoofed download host,
#   or a changed script, runs in the workflow without any change to the repository.
# custom:
#   id: TG-GHA-012
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Use a pinned setup action or a package manager with pinned versions. If a script must be
#     downloaded, fetch a pinned version to a file, check it against a checksum committed to the
#     repository (`sha256sum -c`), then run the file.
#   standards:
#     owasp-cicd: [CICD-SEC-3, CICD-SEC-8]
#     nist-800-53: [SI-7, CM-14]
#     slsa: [build-l3]
#   related: []
#   inline_waivers: true
package tollgate.rules.github_actions.remote_script

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result
import data.tollgate.lib.shell

violations contains result.violation_at(rego.metadata.chain(), path, msg, r.snippet) if {
	some s in gha.steps
	some r in shell.remote_runs(s.step.run)
	path := array.concat(s.path, ["run"])
	msg := concat("", [s.label, " ", shell.describe(r), ", unverified"])
}
