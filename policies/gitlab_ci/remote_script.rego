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

# A download (curl, wget) whose output goes into a shell or an interpreter, through a pipe,
# process substitution or command substitution. Submatches name the downloader and the shell.
piped := `\b(curl|wget)\b[^\n;&]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?((?:ba|da|z|k|fi)?sh|python[0-9.]*|perl|ruby|node)\b`

substituted := `\b((?:ba|da|z|k)?sh|source)\s+(?:-c\s+["']?\$\(|<\()\s*(curl|wget)\b`

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

# Line continuations joined, so `curl ... \<newline> | bash` is one command.
joined(text) := replace(text, "\\\n", " ")

# The text the finding points at: the match, or its download part when a continuation splits it.
snippet(text, match) := match if {
	contains(text, match)
} else := part if {
	part := trim_space(split(match, "|")[0])
	contains(text, part)
} else := match

violations contains result.violation_at(rego.metadata.chain(), l.path, msg, snippet(l.text, m[0])) if {
	some l in lines
	some m in regex.find_all_string_submatch_n(piped, joined(l.text), -1)
	msg := concat("", [l.label, " pipes what ", m[1], " downloads into ", m[2], ", unverified"])
}

violations contains result.violation_at(rego.metadata.chain(), l.path, msg, snippet(l.text, m[0])) if {
	some l in lines
	some m in regex.find_all_string_submatch_n(substituted, joined(l.text), -1)
	msg := concat("", [l.label, " runs what ", m[2], " downloads with ", m[1], ", unverified"])
}
