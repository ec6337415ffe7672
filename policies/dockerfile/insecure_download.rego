# METADATA
# title: TLS or signature verification turned off in the build
# description: >-
#   A build that skips certificate or package signature checks accepts whatever a network
#   attacker, a compromised proxy or a poisoned mirror serves: the packages, models and tools it
#   downloads end up in the image unverified. Reported in RUN commands (shell and exec form,
#   here-documents): `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip --trusted-host`,
#   `apt-get --allow-unauthenticated`/`--allow-insecure-repositories`/`[trusted=yes]`, `apk
#   --allow-untrusted`, `yum`/`dnf --nogpgcheck`, `rpm --nosignature`, `git -c http.sslVerify=false`,
#   `npm config set strict-ssl false` and `conda config --set ssl_verify false`; and in ENV and
#   ARG: PYTHONHTTPSVERIFY=0, NODE_TLS_REJECT_UNAUTHORIZED=0, GIT_SSL_NO_VERIFY, PIP_TRUSTED_HOST,
#   NPM_CONFIG_STRICT_SSL=false and CONDA_SSL_VERIFY=false.
# custom:
#   id: TG-DOCKER-008
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Remove the flag or variable. Behind a TLS-inspecting proxy, add the proxy's CA to the image's
#     trust store (`COPY corp-ca.crt /usr/local/share/ca-certificates/` and `update-ca-certificates`,
#     or `PIP_CERT`/`REQUESTS_CA_BUNDLE`/`NODE_EXTRA_CA_CERTS`) instead of turning verification off;
#     import a repository's signing key instead of allowing unauthenticated packages.
#   standards:
#     nist-800-53: [SC-8, SI-7]
#     owasp-cicd: [CICD-SEC-3]
#   related: [CKV2_DOCKER_2, CKV2_DOCKER_3, CKV2_DOCKER_4, CKV2_DOCKER_5, CKV2_DOCKER_6]
#   inline_waivers: true
package tollgate.rules.dockerfile.insecure_download

import data.tollgate.lib.dockerfile
import data.tollgate.lib.result

# What each pattern finds in a RUN command, and what the message says the stage does.
run_patterns := [
	[`\bcurl\s(?:[^|;&\n]*\s)?(?:--insecure|-[a-zA-Z]*k[a-zA-Z]*)\b`, "runs curl without certificate checks"],
	[`\bwget\s(?:[^|;&\n]*\s)?--no-check-certificate\b`, "runs wget without certificate checks"],
	[`\bpip[0-9.]*\s(?:[^|;&\n]*\s)?--trusted-host[=\s]\S+`, "runs pip trusting a host without TLS verification"],
	[`\bpip[0-9.]*\s+config\s+set\s+\S*trusted-host\s+\S+`, "runs pip trusting a host without TLS verification"],
	[`\bapt(?:-get)?\s(?:[^|;&\n]*\s)?--allow-(?:unauthenticated|insecure-repositories)\b`, "runs apt without package signature checks"],
	[`Acquire::AllowInsecureRepositories=(?:true|1|yes)\b|APT::Get::AllowUnauthenticated=(?:true|1|yes)\b`, "runs apt without package signature checks"],
	[`\[trusted=yes\]`, "writes an apt source without signature checks"],
	[`\bapk\s(?:[^|;&\n]*\s)?--allow-untrusted\b`, "runs apk without package signature checks"],
	[`\b(?:yum|dnf|microdnf|tdnf)\s(?:[^|;&\n]*\s)?--nogpgcheck\b`, "runs yum/dnf without package signature checks"],
	[`\brpm\s(?:[^|;&\n]*\s)?--(?:nosignature|nodigest)\b`, "runs rpm without package signature checks"],
	[`\bgit\s(?:[^|;&\n]*\s)?http\.sslVerify[=\s]+(?:false|0|no)\b`, "runs git without certificate checks"],
	[`\bnpm\s+config\s+set\s+strict-ssl\s+false\b|--strict-ssl[=\s]false\b`, "runs npm without certificate checks"],
	[`\b(?:conda|mamba|micromamba)\s+config\s+--set\s+ssl_verify\s+(?:false|no|0)\b`, "runs conda without certificate checks"],
]

findings contains [s, j, snippet, what] if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd == "RUN"
	is_string(ins.value)
	some [pattern, what] in run_patterns
	some m in regex.find_all_string_submatch_n(pattern, ins.value, -1)
	snippet := m[0]
}

violations contains result.violation_at(rego.metadata.chain(), ["stages", s, "instructions", j, "value"], msg, snippet) if {
	some [s, j, snippet, what] in findings
	msg := concat("", ["stage ", dockerfile.stage_label(s), " ", what, ": '", snippet, "'"])
}

# Variables that turn verification off, with the values that do (any non-empty value: "*").
variables := {
	"PYTHONHTTPSVERIFY": {"0"},
	"NODE_TLS_REJECT_UNAUTHORIZED": {"0"},
	"GIT_SSL_NO_VERIFY": {"*"},
	"PIP_TRUSTED_HOST": {"*"},
	"NPM_CONFIG_STRICT_SSL": {"false", "0"},
	"CONDA_SSL_VERIFY": {"false", "no", "0"},
}

turns_off(name, value) if {
	is_string(value)
	value != ""
	values := variables[upper(name)]
	some v in values
	v in {"*", lower(trim(value, `"' `))}
}

violations contains result.violation(rego.metadata.chain(), ["stages", s, "instructions", j, "pairs", k], msg) if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd in {"ENV", "ARG"}
	some k, pair in ins.pairs
	turns_off(pair.name, pair.value)
	msg := concat("", ["stage ", dockerfile.stage_label(s), " sets ", ins.cmd, " ", pair.name, "=", pair.value, ", which turns TLS verification off"])
}
