# METADATA
# title: Download piped into a shell
# description: >-
#   `curl ... | sh`, `wget -O- ... | bash`, `bash -c "$(curl ...)"` and `bash <(curl ...)` run
#   whatever the server returns at build time, unreviewed and unverified: a compromised or
#   hijacked install script (a CUDA toolkit helper, a package manager bootstrap) becomes part of
#   every image built from then on. Interpreters given their program inline (`python -c`,
#   `python -m json.tool`, `perl -e`, `sh -c '...'`) read the download as data, not code, and are
#   not reported. RUN in shell and exec form and here-documents are checked; the finding points at
#   the command inside the RUN.
# custom:
#   id: TG-DOCKER-004
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Download the script or binary to a file, verify it against a pinned checksum (`echo
#     "<sha256>  install.sh" | sha256sum -c -`) or signature, then run it; better, install a pinned
#     package from a package manager or `COPY --from=` a pinned image that ships the tool.
#   standards:
#     nist-800-53: [SI-7, SR-4]
#     owasp-cicd: [CICD-SEC-3]
#   related: []
#   inline_waivers: true
package tollgate.rules.dockerfile.pipe_to_shell

import data.tollgate.lib.dockerfile
import data.tollgate.lib.result

shells := `(?:sh|bash|zsh|dash|ksh|ash)`

interpreters := `(sh|bash|zsh|dash|ksh|ash|python[0-9.]*|perl|ruby|node)`

# curl/wget ... | [sudo [-E]] [env] [NAME=value ...] [/path/]interpreter [option]
piped := concat("", [
	`\b(curl|wget)\s[^|;&\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:(?:/usr)?/bin/env\s+|env\s+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:/\S*/)?`,
	interpreters,
	`(?:\s+(-\S*))?(?:\s|$|[;&|)"'])`,
])

# [/path/]sh -c "$(curl ...)", eval "$(curl ...)", sh <(curl ...)
substituted := concat("", [
	`(?:(?:/\S*/|\b)`, shells, `\s+(?:-\S+\s+)*-c\s+|\beval\s+)["']?\$\(\s*(curl|wget)\s[^)\n]*\)`,
	`|(?:/\S*/|\b)`, shells, `\s+<\(\s*(curl|wget)\s[^)\n]*\)`,
])

# An option that hands the interpreter its program inline, so the piped download is only data.
inline_program(interpreter, option) if {
	regex.match(`^(sh|bash|zsh|dash|ksh|ash)$`, interpreter)
	regex.match(`^-[a-zA-Z]*c`, option)
}

inline_program(interpreter, option) if {
	startswith(interpreter, "python")
	regex.match(`^-[a-zA-Z]*[cm]`, option)
}

inline_program(interpreter, option) if {
	interpreter in {"perl", "ruby", "node"}
	regex.match(`^-[a-zA-Z]*[eEp]`, option)
}

runs contains [s, j, ins.value] if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd == "RUN"
	is_string(ins.value)
}

findings contains [s, j, snippet, what] if {
	some [s, j, text] in runs
	some m in regex.find_all_string_submatch_n(piped, text, -1)
	not inline_program(m[2], m[3])
	snippet := trim_right(m[0], " \t\r\n;&|)\"'")
	what := concat("", ["pipes a ", m[1], " download into ", m[2]])
}

findings contains [s, j, m[0], "runs a downloaded script through a shell"] if {
	some [s, j, text] in runs
	some m in regex.find_all_string_submatch_n(substituted, text, -1)
}

violations contains result.violation_at(rego.metadata.chain(), ["stages", s, "instructions", j, "value"], msg, snippet) if {
	some [s, j, snippet, what] in findings
	msg := concat("", ["stage ", dockerfile.stage_label(s), " ", what, ": '", snippet, "'; download to a file and verify its checksum first"])
}
