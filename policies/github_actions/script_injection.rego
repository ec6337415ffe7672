# METADATA
# title: Untrusted input expanded into a script
# description: >-
#   `${{ }}` expressions are pasted into the script before the shell runs it. Pull request titles,
#   branch names, issue and comment bodies and commit messages are chosen by whoever opens them,
#   so `${{ github.event.pull_request.title }}` in `run:` lets them run commands in the job.
# custom:
#   id: TG-GHA-004
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Pass the value through an environment variable and quote it in the script:
#     `env: {TITLE: "${{ github.event.pull_request.title }}"}` then `run: echo "$TITLE"`.
#   standards:
#     owasp-cicd: [CICD-SEC-4]
#     nist-800-53: [SI-10]
#   related: [CKV_GHA_2, zizmor/template-injection]
#   inline_waivers: true
package tollgate.rules.github_actions.script_injection

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

# Contexts an outsider controls (GitHub's "Security hardening for GitHub Actions" list).
untrusted := `github\.head_ref|github\.event\.(issue\.(title|body)|pull_request\.(title|body|head\.ref|head\.label|head\.repo\.default_branch)|comment\.body|review\.body|review_comment\.body|discussion\.(title|body)|pages[.\[][^ ]*\.page_name|commits[.\[][^ ]*\.(message|author\.(email|name))|head_commit\.(message|author\.(email|name))|workflow_run\.(head_branch|display_title|head_commit\.(message|author\.(email|name))))`

# Scripts of a step: `run:` and the script input of actions/github-script.
scripts contains {"path": array.concat(s.path, ["run"]), "text": s.step.run, "label": s.label} if {
	some s in gha.steps
	is_string(s.step.run)
}

scripts contains {"path": array.concat(s.path, ["with", "script"]), "text": s.step.with.script, "label": s.label} if {
	some s in gha.steps
	startswith(gha.action_name(s.step.uses), "actions/github-script")
	is_string(s.step.with.script)
}

violations contains result.violation_at(rego.metadata.chain(), script.path, msg, match[0]) if {
	some script in scripts
	some match in regex.find_all_string_submatch_n(`\$\{\{[^}]*\}\}`, script.text, -1)
	regex.match(untrusted, match[0])
	msg := concat("", [script.label, " expands ", match[0], " into its script"])
}
