# Helpers over a GitHub Actions workflow unit: the input is the workflow document.
package tollgate.lib.github_actions

# The events that trigger the workflow, whatever form `on` takes.
triggers contains input.on if is_string(input.on)

triggers contains event if {
	is_array(input.on)
	some event in input.on
}

triggers contains event if {
	is_object(input.on)
	some event, _ in input.on
}

jobs contains {"id": id, "job": job, "path": ["jobs", id]} if {
	some id, job in input.jobs
	is_object(job)
}

steps contains {"path": array.concat(job.path, ["steps", i]), "step": step, "label": step_label(step, i, job.id)} if {
	some job in jobs
	some i, step in object.get(job.job, "steps", [])
	is_object(step)
}

# Every `uses:` of the workflow: steps and reusable-workflow jobs.
uses contains {"path": array.concat(s.path, ["uses"]), "ref": s.step.uses, "label": s.label} if {
	some s in steps
	is_string(s.step.uses)
}

uses contains {"path": array.concat(job.path, ["uses"]), "ref": job.job.uses, "label": concat("", ["job '", job.id, "'"])} if {
	some job in jobs
	is_string(job.job.uses)
}

# The action a `uses:` names, lower-cased and without its ref: "actions/checkout".
action_name(ref) := lower(split(ref, "@")[0])

# An else chain, not `not is_string(step.name)`: OPA evaluates step.name before the negation,
# so a step without a name would get no label and drop out of `steps`.
step_label(step, i, job) := concat("", ["step '", step.name, "' of job '", job, "'"]) if {
	is_string(step.name)
} else := concat("", ["step '", step.id, "' of job '", job, "'"]) if {
	is_string(step.id)
} else := concat("", ["step ", format_int(i + 1, 10), " of job '", job, "'"])

# Whether an action's owner is one of `owners`, trusted to move its tags only to reviewed code.
# Rules pass data.params.github_actions.first_party_owners, so the parameter is documented with them.
first_party(ref, owners) if {
	owner := lower(split(ref, "/")[0])
	some trusted in owners
	owner == lower(trusted)
}

# What is wrong with the pin of a `uses:` reference; undefined when it is pinned.
pin_problem(ref) := "is a container image not pinned by digest" if {
	startswith(ref, "docker://")
	not contains(ref, "@sha256:")
} else := "has no ref" if {
	not startswith(ref, "docker://")
	not contains(ref, "@")
} else := "is not pinned to a full commit SHA" if {
	not startswith(ref, "docker://")
	not commit_sha(ref)
}

# The ref ends in @ and 40 lower-case hex digits. String builtins, not a regex: the WASM runtime
# compiles a regex on each call, and every `uses:` of every workflow asks.
commit_sha(ref) if {
	parts := split(ref, "@")
	sha := parts[count(parts) - 1]
	count(parts) > 1
	count(sha) == 40
	every c in split(sha, "") {
		contains("0123456789abcdef", c)
	}
}
