# The full METADATA of TG-SECRET-001 is in policies/github_actions/hardcoded_secrets.rego.

# METADATA
# custom:
#   id: TG-SECRET-001
package tollgate.rules.terraform.hardcoded_secrets

import data.tollgate.lib.result
import data.tollgate.lib.secrets

sections := {"resource", "data", "module", "provider", "locals", "variable", "output"}

strings contains {"path": array.concat([top], path), "value": value} if {
	some top in sections
	walk(input[top], [path, value])
	is_string(value)
	count(path) > 0
	not bookkeeping(top, path)
}

# What the model adds around a block (file names, addresses) is not configuration.
bookkeeping(top, path) if {
	top in {"resource", "data"}
	path[2] in {"address", "type", "name", "mode", "module", "file", "provider"}
}

bookkeeping("module", path) if path[1] in {"address", "name", "file", "source", "version", "source_type", "ref"}

bookkeeping("variable", path) if path[1] in {"name", "type", "file", "description"}

bookkeeping(_, path) if path[count(path) - 1] in {"refs", "ref"}

bookkeeping(_, path) if path[count(path) - 2] == "refs"

# Values of variables and locals: a resource that uses them got the value resolved, and is not
# where it is written; it is reported at the variable (its default or the tfvars) or the local.
variable_values contains v if {
	some _, var in input.variable
	some field in ["value", "default"]
	v := var[field]
	is_string(v)
}

local_values contains v if {
	some _, v in input.locals
	is_string(v)
}

resolved(path, value) if {
	not path[0] == "variable"
	value in variable_values
}

resolved(path, value) if {
	not path[0] in {"variable", "locals"}
	value in local_values
}

# A variable's value equal to its default is the default (reported there).
resolved(path, value) if {
	path[0] == "variable"
	path[2] == "value"
	input.variable[path[1]]["default"] == value
}

label(path) := concat("", [path[1], " '", path[2], "' ", secrets.path_text(array.slice(path, 4, count(path)))]) if {
	path[0] == "resource"
	path[3] == "config"
} else := concat("", ["data ", path[1], " '", path[2], "' ", secrets.path_text(array.slice(path, 4, count(path)))]) if {
	path[0] == "data"
	path[3] == "config"
} else := concat("", ["module '", path[1], "' input ", secrets.path_text(array.slice(path, 3, count(path)))]) if {
	path[0] == "module"
	path[2] == "inputs"
} else := concat("", ["provider ", path[1], " ", secrets.path_text(array.slice(path, 3, count(path)))]) if {
	path[0] == "provider"
} else := concat("", ["local ", secrets.path_text(array.slice(path, 1, count(path)))]) if {
	path[0] == "locals"
} else := concat("", ["the default of variable '", path[1], "'"]) if {
	path[0] == "variable"
	path[2] == "default"
} else := concat("", ["the value given to variable '", path[1], "'"]) if {
	path[0] == "variable"
	path[2] == "value"
} else := secrets.path_text(path)

# The name a value is assigned to: the variable's own name, else the last key of the path.
name_of(path) := path[1] if {
	path[0] == "variable"
	count(path) == 3
} else := name if {
	names := [p | some p in path; is_string(p)]
	name := names[count(names) - 1]
}

violations contains result.violation_at(rego.metadata.chain(), s.path, msg, f.snippet) if {
	some s in strings
	not resolved(s.path, s.value)
	some f in secrets.found(s.value)
	msg := concat("", [label(s.path), " holds ", f.kind])
}

violations contains result.violation(rego.metadata.chain(), s.path, msg) if {
	some s in strings
	not s.path[0] == "output"
	not resolved(s.path, s.value)
	kind := secrets.named(name_of(s.path), s.value)
	msg := concat("", [label(s.path), " is a hard-coded ", kind])
}
