# The full METADATA of TG-SECRET-001 is in policies/github_actions/hardcoded_secrets.rego.

# METADATA
# custom:
#   id: TG-SECRET-001
package tollgate.rules.gitlab_ci.hardcoded_secrets

import data.tollgate.lib.result
import data.tollgate.lib.secrets

# Every string of the pipeline's variables, default, jobs and templates (templates too: a
# credential in a hidden job is in the repository all the same).
strings contains {"path": array.concat([top], path), "value": value} if {
	some top in ["variables", "default", "jobs", "templates"]
	walk(input[top], [path, value])
	is_string(value)
	count(path) > 0
	not inherited(top, path, value)
}

# A job's value that came from a template or default: reported there, once.
inherited("jobs", path, value) if {
	rest := array.slice(path, 1, count(path))
	some t, _ in input.templates
	object.get(input.templates[t], rest, null) == value
}

inherited("jobs", path, value) if {
	rest := array.slice(path, 1, count(path))
	object.get(input["default"], rest, null) == value
}

label(path) := concat("", ["job '", path[1], "' ", secrets.path_text(array.slice(path, 2, count(path)))]) if {
	path[0] == "jobs"
	count(path) > 2
} else := concat("", ["template '", path[1], "' ", secrets.path_text(array.slice(path, 2, count(path)))]) if {
	path[0] == "templates"
	count(path) > 2
} else := concat("", ["the pipeline's ", secrets.path_text(path)])

# CI/CD variables: `NAME: value` or `NAME: {value: ..., description: ...}`.
named contains {"path": s.path, "name": name, "value": s.value} if {
	some s in strings
	n := count(s.path)
	s.path[n - 2] == "variables"
	name := s.path[n - 1]
	not service_password(s.path, name)
}

named contains {"path": s.path, "name": name, "value": s.value} if {
	some s in strings
	n := count(s.path)
	s.path[n - 3] == "variables"
	s.path[n - 1] == "value"
	name := s.path[n - 2]
	not service_password(s.path, name)
}

# The password a job's throwaway service container (postgres, mysql, ...) is started with.
service_password(path, name) if {
	name in data.params.secrets.service_password_variables
	path[0] in {"jobs", "templates"}
	input[path[0]][path[1]].services
}

service_password(path, name) if {
	name in data.params.secrets.service_password_variables
	path[0] == "variables"
	some _, job in input.jobs
	job.services
}

# Another variable set to the service's password (DB_PASSWORD: $POSTGRES_PASSWORD written out)
# connects to the same throwaway container.
service_password(path, _) if {
	path[0] in {"jobs", "templates"}
	input[path[0]][path[1]].services
	value := object.get(input, path, null)
	value in service_password_values
}

service_password_values contains v if {
	some top in ["jobs", "templates"]
	some _, job in input[top]
	job.services
	some name in data.params.secrets.service_password_variables
	v := variable_value(job.variables[name])
}

service_password_values contains v if {
	some name in data.params.secrets.service_password_variables
	v := variable_value(input.variables[name])
	some _, job in input.jobs
	job.services
}

variable_value(v) := v if is_string(v)

variable_value(v) := v.value if is_string(v.value)

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
