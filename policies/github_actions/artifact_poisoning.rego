# METADATA
# title: Privileged workflow unpacks another run's artifacts into its workspace
# description: >-
#   A `workflow_run` or `pull_request_target` job that downloads the artifacts of another run
#   (often the `pull_request` run of a fork) gets files the pull request's author chose. Unpacked
#   into the workspace, they can replace the scripts, configs and local actions that the job's
#   later steps run with the repository's secrets and write token.
# custom:
#   id: TG-GHA-011
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Download into a directory of its own outside the workspace
#     (`path: ${{ runner.temp }}/artifacts`, `gh run download --dir "$RUNNER_TEMP/artifacts"`),
#     treat the files as untrusted data (validate them, never execute them or source them), and
#     never write their content to `GITHUB_ENV` or `GITHUB_OUTPUT` unchecked.
#   standards:
#     owasp-cicd: [CICD-SEC-4, CICD-SEC-9]
#     nist-800-53: [SI-7, SI-10]
#     slsa: [build-l3]
#   related: [zizmor/dangerous-triggers]
#   inline_waivers: true
package tollgate.rules.github_actions.artifact_poisoning

import data.tollgate.lib.github_privileged as priv
import data.tollgate.lib.result

# A step of the job after the download runs something the artifact could have replaced: a
# script or a local action. A download in a script counts its own step: the script goes on.
runs_after(d) if {
	some i, step in input.jobs[d.job].steps
	i > d.index
	is_string(step.run)
}

runs_after(d) if {
	some i, step in input.jobs[d.job].steps
	i > d.index
	startswith(step.uses, "./")
}

runs_after(d) if d.snippet != ""

unsafe contains d if {
	some d in priv.cross_run_downloads
	not priv.outside_workspace(d.dir)
	runs_after(d)
}

message(d, trigger) := concat("", [d.label, " unpacks artifacts of another run into the workspace in a ", trigger, " workflow, and later steps run code from it"])

violations contains result.violation(rego.metadata.chain(), d.at, message(d, trigger)) if {
	trigger := priv.trigger
	some d in unsafe
	d.snippet == ""
}

violations contains result.violation_at(rego.metadata.chain(), d.at, message(d, trigger), d.snippet) if {
	trigger := priv.trigger
	some d in unsafe
	d.snippet != ""
}
