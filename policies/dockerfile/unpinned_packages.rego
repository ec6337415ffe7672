# METADATA
# title: Package installed without a pinned version
# description: >-
#   `apt-get install curl`, `apk add git` or `pip install torch` install whatever version the
#   mirror serves on the day of the build: two builds of the same Dockerfile differ, a broken or
#   malicious release is picked up without review, and a rollback does not roll back. Checked in
#   every RUN (shell and exec form, here-documents): `apt-get`/`apt install` needs `pkg=version`,
#   `apk add` needs `pkg=version` (or `~`, `<`, `>` constraints), `pip install` needs
#   `pkg==version`. Local files and directories, URLs, `$VARIABLES`, `pip install -r file` (the
#   file is its own concern), and pip with `--require-hashes`, `--no-index` (local wheels only)
#   or a `-c` constraints file pass.
# custom:
#   id: TG-DOCKER-007
#   severity: low
#   owner: cybersecurity
#   remediation: >-
#     Pin each package: `apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5`,
#     `apk add --no-cache git=2.45.2-r0`, `pip install torch==2.3.1`, or better, install Python
#     packages from a lock file with hashes (`pip install --require-hashes -r requirements.txt`).
#     Renovate can keep such pins current.
#   standards:
#     nist-800-53: [CM-2, SR-4]
#     owasp-cicd: [CICD-SEC-3]
#   related: [hadolint/DL3008, hadolint/DL3013, hadolint/DL3018]
#   inline_waivers: true
package tollgate.rules.dockerfile.unpinned_packages

import data.tollgate.lib.dockerfile
import data.tollgate.lib.result

# The simple commands of a script: split at &&, ||, |, ;, line ends and subshell brackets.
commands(script) := [tokens |
	some line in split(strings.replace_n({"\\\n": " ", "&&": "\n", "||": "\n", "|": "\n", ";": "\n", "(": "\n", ")": "\n", "`": "\n", "\t": " "}, script), "\n")
	tokens := [t | some t in split(line, " "); t != ""]
	count(tokens) > 0
]

# Package managers: the command word, the subcommand that installs, and options taking a value.
managers := {
	"apt": {"install": "install", "valued": {"-o", "--option", "-t", "--target-release", "-c", "--config-file"}},
	"apk": {"install": "add", "valued": {"-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file"}},
	"pip": {"install": "install", "valued": {
		"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
		"--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--platform",
		"--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy", "--progress-bar",
		"--cache-dir", "--trusted-host", "--only-binary", "--no-binary", "-C", "--config-settings",
		"--global-option", "--log", "--timeout", "--retries", "--proxy", "--cert", "--client-cert",
		"--exists-action", "--report", "--root-user-action", "--python",
	}},
}

manager("apt", word) if word in {"apt-get", "apt"}

manager("apk", "apk")

manager("pip", word) if regex.match(`^pip[0-9.]*$`, word)

# An install: the manager, the tokens of the command from the manager's word, and the arguments
# after the install subcommand, up to a redirection.
installs contains {"manager": m, "from": i, "tokens": tokens, "args": args, "at": k + 1} if {
	some tokens in all_commands
	some i, word in tokens
	manager(m, word)
	k := first_index(tokens, managers[m].install, i)
	rest := array.slice(tokens, k + 1, count(tokens))
	args := array.slice(rest, 0, redirection(rest))
}

all_commands contains tokens if {
	some [_, _, script] in runs
	some tokens in commands(script)
}

runs contains [s, j, script(ins)] if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd == "RUN"
	is_string(ins.value)
}

# The command line of a RUN; in exec form, its JSON array read as words.
script(ins) := strings.replace_n({"[": " ", "]": " ", ",": " ", "\"": " "}, ins.value) if {
	ins.form == "exec"
} else := ins.value

first_index(tokens, word, after) := min({n | some n, t in tokens; n > after; t == word})

redirection(tokens) := min({n | some n, t in tokens; regex.match(`^[0-9]*[<>]`, t)}) if {
	some t in tokens
	regex.match(`^[0-9]*[<>]`, t)
} else := count(tokens)

unquote(t) := trim(t, `"'`)

# The package arguments of an install: not options, not option values.
packages(inst) := [unquote(t) |
	some n, t in inst.args
	not startswith(t, "-")
	not option_value(inst, n)
]

option_value(inst, n) if {
	n > 0
	inst.args[n - 1] in managers[inst.manager].valued
}

# `pkg @ https://...` (a direct reference) names a URL, not an index version.
direct_reference(inst, name) if {
	some n, t in inst.args
	unquote(t) == name
	inst.args[n + 1] == "@"
}

# Arguments that are not index packages: files, directories, URLs, variables.
not_a_package(_, p) if contains(p, "$")

not_a_package(_, p) if contains(p, "/")

not_a_package(_, p) if startswith(p, ".")

not_a_package(_, "@")

not_a_package(_, "")

not_a_package(_, p) if regex.match(`\.(deb|apk|whl|zip|tar\.gz|tgz)$`, p)

not_a_package(inst, p) if direct_reference(inst, p)

pinned("apt", p) if contains(p, "=")

pinned("apk", p) if regex.match(`[=~<>]`, p)

pinned("pip", p) if contains(p, "==")

# pip installs whose packages are all constrained, or come only from local wheels.
exempt(inst) if {
	inst.manager == "pip"
	some t in inst.args
	t in {"--require-hashes", "--no-index", "-c", "--constraint"}
}

exempt(inst) if {
	inst.manager == "pip"
	some t in inst.args
	regex.match(`^--(constraint|require-hashes|no-index)(=|$)`, t)
}

unpinned(inst) := [p |
	some p in packages(inst)
	not not_a_package(inst, p)
	not pinned(inst.manager, p)
]

# The command up to its first unpinned package, as written when the command is on one line.
snippet(inst, first) := concat(" ", array.slice(inst.tokens, inst.from, last + 1)) if {
	last := min({n | some n, t in inst.tokens; n >= inst.at; unquote(t) == first})
} else := concat(" ", array.slice(inst.tokens, inst.from, count(inst.tokens)))

violations contains result.violation_at(rego.metadata.chain(), ["stages", s, "instructions", j, "value"], msg, snippet(inst, ps[0])) if {
	some [s, j, script] in runs
	some tokens in commands(script)
	some inst in installs
	inst.tokens == tokens
	not exempt(inst)
	ps := unpinned(inst)
	count(ps) > 0
	msg := concat("", ["stage ", dockerfile.stage_label(s), " installs ", inst.manager, " packages without a pinned version: ", concat(", ", ps)])
}
