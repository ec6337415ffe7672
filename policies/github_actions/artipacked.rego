# METADATA
# title: Checkout credentials uploaded in an artifact
# description: >-
#   actions/checkout writes the job's token into `.git/config` unless `persist-credentials: false`.
#   An artifact of the whole workspace that keeps hidden files (`include-hidden-files: true`, or
#   actions/upload-artifact before v4.4, which kept them by default) then carries that token to
#   everyone who can download the run's artifacts: for a public repository, anyone.
# custom:
#   id: TG-GHA-013
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Set `persist-credentials: false` on actions/checkout (pass the token explicitly to the step
#     that pushes), upload only the build output (`path: dist/`), and leave `include-hidden-files`
#     off.
#   standards:
#     owasp-cicd: [CICD-SEC-6]
#     nist-800-53: [IA-5, SC-28]
#   related: [zizmor/artipacked]
#   inline_waivers: true
package tollgate.rules.github_actions.artipacked

import data.tollgate.lib.github_actions as gha
import data.tollgate.lib.result

# Checkouts that leave the token in .git/config.
persisting contains [job, i] if {
	some s in gha.steps
	startswith(gha.action_name(s.step.uses), "actions/checkout")
	not off(object.get(object.get(s.step, "with", {}), "persist-credentials", true))
	job := s.path[1]
	i := s.path[3]
}

off(v) if v == false

off(v) if {
	is_string(v)
	lower(trim_space(v)) == "false"
}

# A path that is the whole workspace: ".", "./", "*", the workspace expression, or a list holding one.
workspace_root(p) if {
	is_string(p)
	some line in split(p, "\n")
	regex.match(`^\s*(\.|\./|\./\*|\*|\$\{\{\s*github\.workspace\s*\}\}/?)\s*$`, line)
}

# Uploads that keep hidden files: asked for, or a version before v4.4 (which kept them by default).
keeps_hidden(step) if step.with["include-hidden-files"] == true

keeps_hidden(step) if step.with["include-hidden-files"] == "true"

keeps_hidden(step) if regex.match(`@v([123](\.|$)|4\.[0-3](\.|$))`, step.uses)

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some s in gha.steps
	startswith(gha.action_name(s.step.uses), "actions/upload-artifact")
	workspace_root(s.step.with.path)
	keeps_hidden(s.step)
	some [job, i] in persisting
	job == s.path[1]
	i < s.path[3]
	path := array.concat(s.path, ["with", "path"])
	msg := concat("", [s.label, " uploads the workspace with its hidden files, including the token that the checkout in step ", format_int(i + 1, 10), " left in .git/config"])
}
