# METADATA
# title: Production deploy job runs on any branch
# description: >-
#   A job that deploys to production (its `environment` is named like production, or it sits in a
#   deploy stage without an environment) and is neither restricted to the default branch,
#   protected branches or tags, nor manual, runs in the pipeline of every branch anyone with
#   push access creates: unreviewed code is then deployed with the production credentials the
#   job holds.
# custom:
#   id: TG-GITLAB-003
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Restrict the job with `rules: [{if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH'}]` (or
#     `$CI_COMMIT_TAG`, `$CI_COMMIT_REF_PROTECTED == "true"`), or with `workflow: rules:` for the
#     whole pipeline, or make it `when: manual`; pair it with a protected environment so that only
#     maintainers can deploy. What counts as production is
#     `parameters.gitlab_ci.production_environments` (a pattern); which stages deploy,
#     `parameters.gitlab_ci.deploy_stages`; which branch names are protected,
#     `parameters.gitlab_ci.protected_branches`.
#   standards:
#     owasp-cicd: [CICD-SEC-1, CICD-SEC-5]
#     nist-800-53: [CM-3, CM-5, AC-6]
#   related: []
#   inline_waivers: true
package tollgate.rules.gitlab_ci.unprotected_deploy

import data.tollgate.lib.gitlab_ci as gitlab
import data.tollgate.lib.result

# environment: production, or {name: production, action: start}.
env_name(env) := env if is_string(env)

env_name(env) := env.name if is_string(env.name)

# Actions that prepare, verify or give access to an environment do not deploy to it.
deploys(env) if is_string(env)

deploys(env) if {
	is_object(env)
	not object.get(env, "action", "start") in {"prepare", "verify", "access"}
}

deploy_jobs contains {"job": j, "at": array.concat(j.path, ["environment"]), "what": concat("", ["deploys to environment '", name, "'"])} if {
	some j in gitlab.jobs
	env := j.job.environment
	deploys(env)
	name := env_name(env)
	regex.match(data.params.gitlab_ci.production_environments, name)
}

deploy_jobs contains {"job": j, "at": array.concat(j.path, ["stage"]), "what": concat("", ["is a job of the deploy stage '", j.job.stage, "'"])} if {
	some j in gitlab.jobs
	not j.job.environment
	j.job.stage in data.params.gitlab_ci.deploy_stages
}

# Conditions (rules:if, only:variables) that hold only on the default branch, a protected
# branch or a tag.
ref_atoms := [
	`\$CI_COMMIT_(BRANCH|REF_NAME)\s*==\s*\$CI_DEFAULT_BRANCH\b`,
	`\$CI_DEFAULT_BRANCH\s*==\s*\$CI_COMMIT_(BRANCH|REF_NAME)\b`,
	`\$CI_COMMIT_REF_PROTECTED\s*==\s*["']?true\b`,
	`\$CI_COMMIT_TAG\s*(\)|&&|$|=~|!=\s*(null|""|''))`,
]

restricting_atom(expr) if {
	some atom in ref_atoms
	regex.match(atom, expr)
}

restricting_atom(expr) if {
	some branch in data.params.gitlab_ci.protected_branches
	some form in [
		concat("", [`\$CI_COMMIT_(BRANCH|REF_NAME)\s*==\s*["']`, branch, `["']`]),
		concat("", [`["']`, branch, `["']\s*==\s*\$CI_COMMIT_(BRANCH|REF_NAME)\b`]),
	]
	regex.match(form, expr)
}

# The alternatives of a condition: split at the `||` that are not inside parentheses.
alternatives(expr) := [concat("||", array.slice(pieces, cuts[i] + 1, cuts[i + 1] + 1)) | some i in numbers.range(0, count(cuts) - 2)] if {
	pieces := split(expr, "||")
	n := count(pieces)
	top := {k |
		some k in numbers.range(0, n - 2)
		prefix := concat("||", array.slice(pieces, 0, k + 1))
		count(split(prefix, "(")) == count(split(prefix, ")"))
	}
	cuts := sort((({-1} | top) | {n - 1}))
}

restricting(expr) if {
	is_string(expr)
	every alt in alternatives(expr) {
		restricting_atom(alt)
	}
}

# A `when: never` rule that drops every pipeline outside the default or protected branches.
excluding(rule) if {
	rule.when == "never"
	not contains(rule["if"], "&&")
	regex.match(`\$CI_COMMIT_(BRANCH|REF_NAME)\s*!=\s*\$CI_DEFAULT_BRANCH\b|\$CI_COMMIT_REF_PROTECTED\s*(!=\s*["']?true|==\s*["']?false)\b`, rule["if"])
}

runnable(rule) if object.get(rule, "when", "on_success") != "never"

restricted_rules(rules) if {
	is_array(rules)
	every i, rule in rules {
		restricted_rule(rules, i, rule)
	}
}

restricted_rule(_, _, rule) if not runnable(rule)

restricted_rule(_, _, rule) if restricting(rule["if"])

restricted_rule(rules, i, _) if {
	some j, earlier in rules
	j < i
	excluding(earlier)
}

only_refs(only) := only if is_array(only)

only_refs(only) := only.refs if is_array(only.refs)

restricted_only(only) if {
	refs := only_refs(only)
	count(refs) > 0
	every ref in refs {
		ref in array.concat(["tags"], data.params.gitlab_ci.protected_branches)
	}
}

restricted_only(only) if {
	some expr in only.variables
	restricting(expr)
}

restricted(job) if restricted_rules(job.rules)

restricted(job) if restricted_only(job.only)

restricted(_) if restricted_rules(input.workflow.rules)

manual(job) if {
	not job.rules
	job.when == "manual"
}

manual(job) if {
	is_array(job.rules)
	every rule in job.rules {
		manual_rule(job, rule)
	}
}

manual_rule(_, rule) if not runnable(rule)

manual_rule(_, rule) if rule.when == "manual"

manual_rule(job, rule) if {
	not rule.when
	job.when == "manual"
}

violations contains result.violation(rego.metadata.chain(), d.at, msg) if {
	some d in deploy_jobs
	not restricted(d.job.job)
	not manual(d.job.job)
	msg := concat("", ["job '", d.job.id, "' ", d.what, " in the pipeline of any branch: no rules or only restrict it to the default branch, protected branches or tags, and it is not manual"])
}
