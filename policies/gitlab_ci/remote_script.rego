# METADATA
# title: Downloaded script piped into a shell
# description: >-
#   `curl ... | bash`, `wget -O- ... | sh` and `bash <(curl ...)` run whatever the server returns
#   at that moment, unreviewed and unverified, inside a job that holds the project's CI/CD
#   variables, deploy tokens and registry credentials. A compromised or spoofed download host,
#   or a changed script, runs in the pipeline without any change to the repository.
# custom:
#   id: TG-GITLAB-002
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Install tools from a package manager with pinned versions, or bake them into the job's
#     image. If a script must be downloaded, fetch a pinned version to a file, check it against a
#     checksum committed to the repository (`sha256sum -c`), then run the file.
#   standards:
#     owasp-cicd: [CICD-SEC-3, CICD-SEC-8]
#     nist-800-53: [SI-7, CM-14]
#     slsa: [build-l3]
#   related: []
#   inline_waivers: true
package tollgate.rules.gitlab_ci.remote_script

import data.tollgate.lib.gitlab_ci as gitlab
import data.tollgate.lib.result
import data.tollgate.lib.shell

script_keys := ["before_script", "script", "after_script"]

# Every line of every script of every job: scripts are strings or lists of strings.
lines contains {"path": array.concat(j.path, [key, i]), "text": text, "label": concat("", ["job '", j.id, "' ", key])} if {
	some j in gitlab.jobs
	some key in script_keys
	some i, text in j.job[key]
	is_string(text)
}

lines contains {"path": array.concat(j.path, [key]), "text": j.job[key], "label": concat("", ["job '", j.id, "' ", key])} if {
	some j in gitlab.jobs
	some key in script_keys
	is_string(j.job[key])
}

violations contains result.violation_at(rego.metadata.chain(), l.path, msg, r.snippet) if {
	some l in lines
	some r in shell.remote_runs(l.text)
	msg := concat("", [l.label, " ", shell.describe(r), ", unverified"])
}
