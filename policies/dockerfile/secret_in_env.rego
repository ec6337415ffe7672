# METADATA
# title: Secret in ENV or ARG
# description: >-
#   ENV values are stored in the image configuration and build arguments in its history (`docker
#   history` shows them), so anyone who can pull the image, from any registry or cache it was
#   pushed to, reads the secret; a default written in the Dockerfile is also in git. The rule
#   reports ENV variables whose name has a secret-like word (PASSWORD, SECRET, TOKEN, API_KEY, ...:
#   `parameters.dockerfile.secret_name_words`, matched as whole `_`-separated words so that
#   TOKENIZERS_PARALLELISM or MAX_TOKENS pass) and a value; ARGs with such a name inside a stage,
#   with or without a default (a build argument is recorded when it is used); ARGs before the
#   first FROM with such a name and a default; and any ENV or ARG whose value is a URL with a
#   password in it. Names ending in a word of `parameters.dockerfile.non_secret_name_suffixes`
#   (`_FILE`, `_PATH`, `_URL`, ...) name where a secret is, not the secret, and values under
#   `/run/secrets/` are paths: both pass. Messages never show the value.
# custom:
#   id: TG-DOCKER-006
#   severity: high
#   owner: infosec
#   remediation: >-
#     Pass build-time secrets with a secret mount: `RUN --mount=type=secret,id=hf_token,env=HF_TOKEN
#     python download.py` and `docker build --secret id=hf_token,env=HF_TOKEN`. Give runtime
#     secrets to the container from the orchestrator (a Kubernetes Secret, the cloud's secret
#     manager), never in the image. Rotate any secret that was in an image or a Dockerfile.
#   standards:
#     cis-docker: ["4.10"]
#     nist-800-53: [IA-5(7), SC-28]
#     owasp-cicd: [CICD-SEC-6]
#   related: [AVD-DS-0031]
#   inline_waivers: true
package tollgate.rules.dockerfile.secret_in_env

import data.tollgate.lib.dockerfile
import data.tollgate.lib.result

words(name) := split(replace(replace(upper(name), "-", "_"), ".", "_"), "_")

secret_name(name) if {
	padded := concat("", ["_", concat("_", words(name)), "_"])
	some w in data.params.dockerfile.secret_name_words
	contains(padded, concat("", ["_", upper(w), "_"]))
	ws := words(name)
	not upper(ws[count(ws) - 1]) in {upper(x) | some x in data.params.dockerfile.non_secret_name_suffixes}
}

has_value(v) if {
	is_string(v)
	v != ""
	not startswith(v, "/run/secrets/")
}

# scheme://user:password@host, with a literal password (not a $VARIABLE).
credentials_in_url(v) if {
	is_string(v)
	regex.match(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^/@\s:]+:[^/@\s$]+@`, v)
}

violations contains result.violation(rego.metadata.chain(), ["stages", s, "instructions", j, "pairs", k], msg) if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd == "ENV"
	some k, pair in ins.pairs
	secret_name(pair.name)
	has_value(pair.value)
	msg := concat("", ["stage ", dockerfile.stage_label(s), " sets ENV ", pair.name, ", which looks like a secret: ENV values are stored in the image for anyone who can pull it"])
}

violations contains result.violation(rego.metadata.chain(), ["stages", s, "instructions", j, "pairs", k], msg) if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd == "ARG"
	some k, pair in ins.pairs
	secret_name(pair.name)
	msg := concat("", ["stage ", dockerfile.stage_label(s), " declares ARG ", pair.name, ", which looks like a secret: build arguments are recorded in the image history"])
}

violations contains result.violation(rego.metadata.chain(), ["args", i], msg) if {
	some i, arg in input.args
	secret_name(arg.name)
	has_value(arg.value)
	msg := concat("", ["ARG ", arg.name, " before the first FROM has a default that looks like a secret, written in the Dockerfile"])
}

violations contains result.violation(rego.metadata.chain(), ["stages", s, "instructions", j, "pairs", k], msg) if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd in {"ENV", "ARG"}
	some k, pair in ins.pairs
	not secret_name(pair.name)
	credentials_in_url(pair.value)
	msg := concat("", ["stage ", dockerfile.stage_label(s), " sets ", ins.cmd, " ", pair.name, " to a URL with a password in it"])
}

violations contains result.violation(rego.metadata.chain(), ["args", i], msg) if {
	some i, arg in input.args
	not secret_name(arg.name)
	credentials_in_url(arg.value)
	msg := concat("", ["ARG ", arg.name, " before the first FROM has a URL with a password in it as its default"])
}
