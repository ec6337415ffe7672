package tollgate.rules.github_actions.remote_script_test

import data.tollgate.rules.github_actions.remote_script as rule

found(vs) := {[v.rule, v.path] | some v in vs}

workflow(steps) := {"on": "push", "permissions": {}, "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": steps}}}

test_pipe_to_shell_is_flagged if {
	steps := [{"uses": "actions/checkout@v4"}, {"name": "Install uv", "run": "curl -LsSf https://astral.sh/uv/install.sh | sh\nuv sync"}]
	vs := rule.violations with input as workflow(steps)
	found(vs) == {["TG-GHA-012", ["jobs", "build", "steps", 1, "run"]]}
	some v in vs
	v.msg == "step 'Install uv' of job 'build' pipes what curl downloads into sh, unverified"
	v.params.snippet == "curl -LsSf https://astral.sh/uv/install.sh | sh"
}

test_verified_download_is_compliant if {
	steps := [{"run": "curl -LsSfo install.sh https://astral.sh/uv/0.5.0/install.sh\necho \"$UV_SHA256  install.sh\" | sha256sum -c -\nsh install.sh"}]
	count(rule.violations) == 0 with input as workflow(steps)
}
