# Helpers for TG-SECRET-001: credentials recognised by their form, and literal values assigned to
# names that hold credentials. Messages name the kind of credential and where it is, never the value.
package tollgate.lib.secrets

# Credentials recognised by their form, wherever they appear. The first submatch is the text a
# finding points at (for a private key: its header, so a multi-line key is located by its first line).
# `hints` are strings every match contains: a text without any of them skips the (costly) regex.
shapes := [
	{"kind": "an AWS access key id", "hints": ["AKIA", "ASIA"], "re": `\b((?:AKIA|ASIA)[A-Z2-7]{16})\b`},
	{"kind": "a private key", "hints": ["-----BEGIN "], "re": `(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)(?s:.){0,200}?[A-Za-z0-9+/]{40}`},
	{"kind": "a GitHub token", "hints": ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], "re": `\b(gh[pousr]_[A-Za-z0-9]{36,251})\b`},
	{"kind": "a GitHub token", "hints": ["github_pat_"], "re": `\b(github_pat_[A-Za-z0-9_]{82})\b`},
	{"kind": "a GitLab token", "hints": ["glpat-", "gldt-", "glptt-", "glrt-", "gloas-"], "re": `\b(gl(?:pat|dt|ptt|rt|oas)-[A-Za-z0-9_-]{20,})`},
	{"kind": "a Slack token", "hints": ["xox"], "re": `\b(xox[baprs]-[A-Za-z0-9-]{10,})`},
	{"kind": "a Slack webhook URL", "hints": ["hooks.slack.com/"], "re": `(https://hooks\.slack\.com/(?:services|workflows)/T[A-Z0-9]+/[A-Z0-9]+/[A-Za-z0-9]{16,})`},
	{"kind": "a password in a URL", "hints": ["://"], "re": `\b[a-z][a-z0-9+.-]*://[^/\s:@'"]*:([^/\s:@'"]+)@[A-Za-z0-9.-]`},
]

# Every credential in a string, as {"kind", "snippet"}; documentation examples, placeholders and
# references excluded.
found(text) := {{"kind": shape.kind, "snippet": m[1]} |
	is_string(text)
	some shape in shapes
	hinted(text, shape)
	some m in regex.find_all_string_submatch_n(shape.re, text, -1)
	not placeholder(m[1])
	not reference(m[1])
}

hinted(text, shape) if {
	some hint in shape.hints
	contains(text, hint)
}

# A value that stands for a credential without being one.
placeholder(v) if trim_space(v) == ""

placeholder(v) if regex.match(`^\s*<[^<>]*>\s*$`, v)

placeholder(v) if count({c | some c in split(v, "")}) == 1

# AWS documents AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; peers skip them too.
placeholder(v) if contains(v, "EXAMPLE")

placeholder(v) if lower(trim(v, " _-.*")) in placeholder_words

placeholder(v) if regex.match(`(?i)(^|[-_ ])(your|insert|enter)[-_ ]|[-_ ]here$|^x{3,}`, v)

placeholder_words := {
	"", "none", "null", "nil", "undefined", "redacted", "masked", "hidden", "placeholder", "dummy", "example",
	"sample", "test", "testing", "todo", "tbd", "fake", "mock", "n/a", "na", "xxx", "...", "secret_here",
}

# A value computed elsewhere: CI and shell variables ($X, ${X}, $(cmd)), GitHub expressions
# (${{ }}), templates ({{ }}, #{ }#, %{ }), CloudFormation dynamic references ({{resolve:...}}).
reference(v) if regex.match(`\$[{(A-Za-z_]|\{\{|#\{|%\{`, v)

# Names that hold credentials, by their last word: DB_PASSWORD, clientSecret, api-key,
# MasterUserPassword. The kind is what the message calls the value.
name_kinds := [
	{"kind": "password", "re": `(^|[^A-Za-z0-9])(?i:password|passwd|passphrase|pass)$|[a-z0-9](Password|Passwd|Passphrase|Pass|PASSWORD|PASSWD)$`},
	{"kind": "AWS secret access key", "re": `(^|[^A-Za-z0-9])(?i:(aws[-_.]?)?secret[-_.]?(access[-_.]?)?key)$|[a-z0-9]Secret(Access)?Key$`},
	{"kind": "API key", "re": `(^|[^A-Za-z0-9])(?i:api[-_.]?key)$|[a-z0-9]Api_?Key$|^ApiKey$`},
	{"kind": "key", "re": `(^|[^A-Za-z0-9])(?i:(access|private|signing|encryption|master|client)[-_.]?key)$|[a-z0-9](Access|Private|Signing|Encryption|Master|Client)Key$`},
	{"kind": "token", "re": `(^|[^A-Za-z0-9])(?i:token)$|[a-z0-9]Token$`},
	{"kind": "secret", "re": `(^|[^A-Za-z0-9])(?i:secret([-_.]?(string|data|value))?)$|[a-z0-9]Secret(String|Data|Value)?$`},
]

# The kind of credential a name holds (the first that matches). Every pattern ends in one of these
# words: a name without any of them skips the regexes, which the WASM runtime compiles on each call.
name_kind(name) := kinds[0] if {
	is_string(name)
	credential_word(lower(name))
	kinds := [k.kind | some k in name_kinds; regex.match(k.re, name)]
	count(kinds) > 0
}

credential_word(name) if {
	some word in ["pass", "secret", "key", "token"]
	contains(name, word)
}

# What a literal assigned to `name` is, when it is a hard-coded credential: passwords are
# reported whatever they look like ("changeme" is a password), other credentials when they look
# generated (at least 16 characters of two character classes, or 8 of three), so names and paths
# such as `secret: db-credentials` are not. AWS secret keys are 40 characters of base64.
literal_kind(name, v) := kind if {
	is_string(v)
	kind := name_kind(name)
	kind == "password"
	count(trim_space(v)) >= 6
	not placeholder(v)
	not reference(v)
}

literal_kind(name, v) := "AWS secret access key" if {
	is_string(v)
	name_kind(name) == "AWS secret access key"
	regex.match(`^[A-Za-z0-9/+]{40}$`, v)
	not placeholder(v)
}

literal_kind(name, v) := kind if {
	is_string(v)
	kind := name_kind(name)
	not kind in {"password", "AWS secret access key"}
	generated(v)
	not placeholder(v)
	not reference(v)
}

# An AWS secret key name with another value: judged like any generated credential.
literal_kind(name, v) := "secret" if {
	is_string(v)
	name_kind(name) == "AWS secret access key"
	not regex.match(`^[A-Za-z0-9/+]{40}$`, v)
	generated(v)
	not placeholder(v)
	not reference(v)
}

generated(v) if {
	plain_token(v)
	count(v) >= 16
	classes(v) >= 2
}

generated(v) if {
	plain_token(v)
	count(v) >= 8
	classes(v) >= 3
}

# One word that is not a path, a URL, a resource name or a lower-case identifier made of words
# (db-credentials, my-app-v2-credentials, prod/mlflow/db), which names a secret rather than being one.
plain_token(v) if {
	not regex.match(`\s`, v)
	not regex.match(`^(/|\./|~/|[a-z][a-z0-9+.-]*://|arn:|projects/)`, v)
	not regex.match(`^[a-z]+[0-9]{0,3}([-_./:][a-z]*[0-9]{0,3})+$`, v)
}

# Lower case, upper case, digits, and symbols other than the separators of identifiers.
classes(v) := count([1 | some re in [`[a-z]`, `[A-Z]`, `[0-9]`, `[^A-Za-z0-9_.\-]`]; regex.match(re, v)])

# The finding for a literal assigned to a name: undefined when the value is not a credential, or
# when its form already made it a finding (found).
named(name, v) := kind if {
	kind := literal_kind(name, v)
	count(found(v)) == 0
}

# A path as text for messages: env.HF_TOKEN, containers[0].env[1].
path_text(path) := concat("", [seg |
	some i, p in path
	seg := path_segment(i, p)
])

path_segment(_, p) := concat("", ["[", format_int(p, 10), "]"]) if is_number(p)

path_segment(0, p) := p if is_string(p)

path_segment(i, p) := concat("", [".", p]) if {
	is_string(p)
	i > 0
}
