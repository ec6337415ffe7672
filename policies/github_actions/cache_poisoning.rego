# METADATA
# title: Privileged workflow caches untrusted code
# description: >-
#   `pull_request_target` and `workflow_run` jobs run on the default branch, so the caches they
#   save land in the default branch's scope, which every branch, tag and release build restores.
#   When such a job also checks out a pull request's code or unpacks another run's artifacts,
#   whatever that content puts in the cached directories (a patched dependency, a build tool, a
#   compiler wrapper) is restored later by trusted builds: the attacker's code outlives the run
#   and reaches releases.
# custom:
#   id: TG-GHA-010
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Do not save caches in jobs that handle untrusted code: drop `actions/cache` (or use
#     `actions/cache/restore` only), turn off the setup action's cache (`cache: ''` for setup-node
#     and setup-python, `cache: false` for setup-go), and build the pull request's code under the
#     `pull_request` trigger, whose caches stay in the pull request's own scope.
#   standards:
#     owasp-cicd: [CICD-SEC-4, CICD-SEC-9]
#     nist-800-53: [SI-7, CM-5]
#     slsa: [build-l3]
#   related: [zizmor/cache-poisoning]
#   inline_waivers: true
package tollgate.rules.github_actions.cache_poisoning

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.github_privileged as priv
import data.tollgate.lib.result

# Steps that save a cache, with the path of what turns the cache on.
caching contains {"step": s, "at": array.concat(s.path, ["uses"]), "how": name} if {
	some s in gha.steps
	name := gha.action_name(s.step.uses)
	name in {"actions/cache", "actions/cache/save", "swatinem/rust-cache"}
}

# setup-* actions whose `cache` input names a package manager (or is true).
caching contains {"step": s, "at": array.concat(s.path, ["with", "cache"]), "how": concat("", [name, " with cache: ", format_value(s.step.with.cache)])} if {
	some s in gha.steps
	name := gha.action_name(s.step.uses)
	name in {"actions/setup-node", "actions/setup-python", "actions/setup-java", "actions/setup-dotnet"}
	cache_on(s.step.with.cache)
}

# setup-go caches by default (v4 and later) unless `cache: false`.
caching contains {"step": s, "at": array.concat(s.path, ["uses"]), "how": "actions/setup-go (caches by default)"} if {
	some s in gha.steps
	gha.action_name(s.step.uses) == "actions/setup-go"
	not cache_off(object.get(object.get(s.step, "with", {}), "cache", true))
}

caching contains {"step": s, "at": array.concat(s.path, ["with", "enable-cache"]), "how": "astral-sh/setup-uv with enable-cache"} if {
	some s in gha.steps
	gha.action_name(s.step.uses) == "astral-sh/setup-uv"
	cache_on(s.step.with["enable-cache"])
}

caching contains {"step": s, "at": array.concat(s.path, ["with", "bundler-cache"]), "how": "ruby/setup-ruby with bundler-cache"} if {
	some s in gha.steps
	gha.action_name(s.step.uses) == "ruby/setup-ruby"
	cache_on(s.step.with["bundler-cache"])
}

caching contains {"step": s, "at": array.concat(s.path, ["with", "cache-to"]), "how": "docker/build-push-action with cache-to type=gha"} if {
	some s in gha.steps
	gha.action_name(s.step.uses) == "docker/build-push-action"
	contains(s.step.with["cache-to"], "type=gha")
}

cache_on(v) if v == true

cache_on(v) if {
	is_string(v)
	not lower(trim_space(v)) in {"", "false"}
}

cache_off(v) if v == false

cache_off(v) if {
	is_string(v)
	lower(trim_space(v)) in {"", "false"}
}

format_value(v) := v if is_string(v)

format_value(v) := "true" if v == true

violations contains result.violation(rego.metadata.chain(), c.at, msg) if {
	trigger := priv.trigger
	some c in caching
	job := c.step.path[1]
	some u in priv.untrusted_code
	u.job == job
	msg := concat("", [c.step.label, " saves a cache (", c.how, ") in a ", trigger, " workflow whose job ", u.what, "; the cache lands in the default branch's scope, which release builds restore"])
}
