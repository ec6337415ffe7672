# The full METADATA of TG-SECRET-001 is in policies/github_actions/hardcoded_secrets.rego.

# METADATA
# custom:
#   id: TG-SECRET-001
package tollgate.rules.cloudformation.hardcoded_secrets

import data.tollgate.lib.result
import data.tollgate.lib.secrets

strings contains {"path": path, "value": value} if {
	walk(input, [path, value])
	is_string(value)
	count(path) > 1
	not path[0] in {"AWSTemplateFormatVersion", "Description"}
}

label(path) := concat("", ["resource '", path[1], "' ", secrets.path_text(array.slice(path, 2, count(path)))]) if {
	path[0] == "Resources"
} else := concat("", ["the default of parameter '", path[1], "'"]) if {
	path[0] == "Parameters"
	path[2] == "Default"
} else := secrets.path_text(path)

# Properties by name, Name/Value pairs (ECS container environment), and parameter defaults.
named contains {"path": s.path, "name": name, "value": s.value} if {
	some s in strings
	s.path[0] == "Resources"
	s.path[2] == "Properties"
	name := s.path[count(s.path) - 1]
	is_string(name)
	not name in {"Value", "value"}
}

named contains {"path": s.path, "name": pair.Name, "value": s.value} if {
	some s in strings
	s.path[0] == "Resources"
	n := count(s.path)
	s.path[n - 1] in {"Value", "value"}
	pair := object.get(input, array.slice(s.path, 0, n - 1), null)
	is_string(pair.Name)
}

named contains {"path": s.path, "name": s.path[1], "value": s.value} if {
	some s in strings
	s.path[0] == "Parameters"
	s.path[2] == "Default"
	count(s.path) == 3
}

violations contains result.violation_at(rego.metadata.chain(), s.path, msg, f.snippet) if {
	some s in strings
	some f in secrets.found(s.value)
	msg := concat("", [label(s.path), " holds ", f.kind])
}

violations contains result.violation(rego.metadata.chain(), c.path, msg) if {
	some c in named
	kind := secrets.named(c.name, c.value)
	msg := concat("", [label(c.path), " is a hard-coded ", kind])
}

# A NoEcho parameter is a secret by declaration: its default is written in the template.
violations contains result.violation(rego.metadata.chain(), ["Parameters", name, "Default"], msg) if {
	some name, p in input.Parameters
	no_echo(p)
	v := p.Default
	is_string(v)
	not secrets.placeholder(v)
	not secrets.reference(v)
	not secrets.named(name, v)
	count(secrets.found(v)) == 0
	msg := concat("", ["the default of the NoEcho parameter '", name, "' is a hard-coded secret"])
}

no_echo(p) if p.NoEcho == true

no_echo(p) if {
	is_string(p.NoEcho)
	lower(p.NoEcho) == "true"
}
