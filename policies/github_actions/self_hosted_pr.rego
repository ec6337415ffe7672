# METADATA
# title: Self-hosted runner on pull requests from forks
# description: >-
#   Anyone who can open a pull request from a fork triggers `pull_request` and
#   `pull_request_target` workflows. On a self-hosted runner the job then runs on a machine that
#   persists between jobs and sits in the organisation's network, often with cloud credentials,
#   GPU drivers and model caches: the fork's code (or a script injected through the pull
#   request) can read what earlier jobs left, plant a backdoor for later ones, or reach internal
#   systems.
# custom:
#   id: TG-GHA-009
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Run pull request jobs on GitHub-hosted (or ephemeral, isolated) runners. If the job needs the
#     self-hosted runner, restrict it to pull requests from the repository itself:
#     `if: github.event.pull_request.head.repo.full_name == github.repository`, and require
#     approval for fork workflows in the repository settings. Runners are recognised by the
#     `self-hosted` label, or by the labels and runner groups listed in
#     `parameters.github_actions.self_hosted_runners`.
#   standards:
#     owasp-cicd: [CICD-SEC-4, CICD-SEC-7]
#     nist-800-53: [CM-7, SC-39]
#   related: [zizmor/self-hosted-runner]
#   inline_waivers: true
package tollgate.rules.github_actions.self_hosted_pr

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

# One value even when both triggers are present: one finding per job.
pr_trigger := "pull_request_target" if {
	"pull_request_target" in gha.triggers
} else := "pull_request" if {
	"pull_request" in gha.triggers
}

# The labels and group a job asks for, lower-cased: runs-on as a string, a list or {group, labels}.
runner_names(runs_on) := {lower(runs_on)} if is_string(runs_on)

runner_names(runs_on) := {lower(l) | some l in runs_on; is_string(l)} if is_array(runs_on)

runner_names(runs_on) := names if {
	is_object(runs_on)
	group := {lower(g) | g := runs_on.group; is_string(g)}
	labels := {lower(l) | some l in as_list(object.get(runs_on, "labels", [])); is_string(l)}
	names := group | labels
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)

self_hosted(runs_on) if "self-hosted" in runner_names(runs_on)

self_hosted(runs_on) if {
	some name in data.params.github_actions.self_hosted_runners
	lower(name) in runner_names(runs_on)
}

# A job condition that lets only pull requests of the repository itself through.
same_repo_guard := `github\.event\.pull_request\.head\.repo\.full_name\s*==\s*github\.repository\b|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name|!\s*github\.event\.pull_request\.head\.repo\.fork|github\.event\.pull_request\.head\.repo\.fork\s*==\s*false`

guarded(job) if regex.match(same_repo_guard, job["if"])

describe(runs_on) := runs_on if is_string(runs_on)

describe(runs_on) := concat(", ", [l | some l in runs_on; is_string(l)]) if is_array(runs_on)

describe(runs_on) := concat(", ", sort(runner_names(runs_on))) if is_object(runs_on)

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	trigger := pr_trigger
	some job in gha.jobs
	self_hosted(job.job["runs-on"])
	not guarded(job.job)
	path := array.concat(job.path, ["runs-on"])
	msg := concat("", ["job '", job.id, "' runs on a self-hosted runner (", describe(job.job["runs-on"]), ") for ", trigger, " events, which pull requests from forks trigger"])
}
