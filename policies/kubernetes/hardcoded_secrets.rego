# The full METADATA of TG-SECRET-001 is in policies/github_actions/hardcoded_secrets.rego.

# METADATA
# custom:
#   id: TG-SECRET-001
package tollgate.rules.kubernetes.hardcoded_secrets

import data.tollgate.lib.result
import data.tollgate.lib.secrets

docs contains {"index": d, "doc": doc} if {
	some d, doc in input
	is_object(doc)
}

object_label(doc) := concat("", [doc.kind, " '", doc.metadata.name, "'"]) if {
	is_string(doc.kind)
	is_string(doc.metadata.name)
} else := concat("", [object.get(doc, "kind", "object"), " without a name"])

secret_manifest(doc) if doc.kind == "Secret"

# Every string of a document, but the values of a Secret (judged below) and kubectl's copy of
# the last applied manifest. Set members hold the document's index, not the document: a member is
# hashed, and hashing the whole document for each of its strings costs quadratic time.
strings contains {"path": array.concat([d.index], path), "value": value, "index": d.index, "rest": path} if {
	some d in docs
	walk(d.doc, [path, value])
	is_string(value)
	count(path) > 0
	not skipped(d.doc, path)
}

skipped(doc, path) if {
	secret_manifest(doc)
	path[0] in {"data", "stringData"}
}

skipped(_, path) if path == ["metadata", "annotations", "kubectl.kubernetes.io/last-applied-configuration"]

# A container's env entry: "container 'c' env NAME"; else the path in the object.
label(s) := concat("", [object_label(input[s.index]), " container '", container.name, "' env ", entry.name]) if {
	n := count(s.rest)
	s.rest[n - 1] == "value"
	s.rest[n - 3] == "env"
	entry := object.get(input[s.index], array.slice(s.rest, 0, n - 1), null)
	container := object.get(input[s.index], array.slice(s.rest, 0, n - 3), null)
	is_string(container.name)
	is_string(entry.name)
} else := concat("", [object_label(input[s.index]), " ", secrets.path_text(s.rest)])

# env entries {name, value} of containers, and ConfigMap data (configuration, not secrets).
named contains {"string": s, "name": entry.name} if {
	some s in strings
	n := count(s.rest)
	s.rest[n - 1] == "value"
	s.rest[n - 3] == "env"
	entry := object.get(input[s.index], array.slice(s.rest, 0, n - 1), null)
	is_string(entry.name)
}

named contains {"string": s, "name": s.rest[1]} if {
	some s in strings
	input[s.index].kind == "ConfigMap"
	s.rest[0] == "data"
	count(s.rest) == 2
}

violations contains result.violation_at(rego.metadata.chain(), s.path, msg, f.snippet) if {
	some s in strings
	some f in secrets.found(s.value)
	msg := concat("", [label(s), " holds ", f.kind])
}

violations contains result.violation(rego.metadata.chain(), c.string.path, msg) if {
	some c in named
	kind := secrets.named(c.name, c.string.value)
	msg := concat("", [label(c.string), " is a hard-coded ", kind])
}

# A Secret manifest with real values: base64 in `data` is an encoding, not encryption.
# Certificates and user names are public; placeholders and references are left alone.
public_key(key) if key in {"ca.crt", "tls.crt", "username", "user", "ca-bundle.crt"}

public_key(key) if endswith(key, ".pub")

secret_value(d, field, key) := v if {
	field == "stringData"
	v := d.doc.stringData[key]
} else := v if {
	field == "data"
	raw := d.doc.data[key]
	base64.is_valid(raw)
	v := base64.decode(raw)
}

violations contains result.violation(rego.metadata.chain(), [d.index, field, key], msg) if {
	some d in docs
	secret_manifest(d.doc)
	some field in ["stringData", "data"]
	some key, _ in d.doc[field]
	not public_key(key)
	v := secret_value(d, field, key)
	is_string(v)
	count(trim_space(v)) > 0
	not secrets.placeholder(v)
	not secrets.reference(v)
	msg := concat("", [object_label(d.doc), " holds the value of ", key, " in ", field, ", in the repository (base64 is not encryption)"])
}
