package tollgate.rules.gitlab_ci.remote_script_test

import data.tollgate.rules.gitlab_ci.remote_script as rule

found(vs) := {[v.rule, v.path] | some v in vs}

pipeline(jobs) := {"stages": ["build"], "jobs": jobs, "templates": {}, "default": {}, "include": []}

test_curl_pipe_bash_in_script_is_flagged if {
	job := {"script": ["apt-get update", "curl -fsSL https://install.example.com/tool.sh | bash", "tool --version"]}
	vs := rule.violations with input as pipeline({"setup": job})
	found(vs) == {["TG-GITLAB-002", ["jobs", "setup", "script", 1]]}
	some v in vs
	v.msg == "job 'setup' script pipes what curl downloads into bash, unverified"
	v.params.snippet == "curl -fsSL https://install.example.com/tool.sh | bash"
}

test_every_script_key_and_form_is_checked if {
	job := {
		"before_script": "wget -qO- https://get.example.com | sudo -E sh -s -- --yes",
		"script": ["bash <(curl -s https://example.com/a.sh)", "sh -c \"$(curl -fsSL https://example.com/b.sh)\""],
		"after_script": ["curl -sSL https://example.com/c.py | python3 -"],
	}
	vs := rule.violations with input as pipeline({"j": job})
	found(vs) == {
		["TG-GITLAB-002", ["jobs", "j", "before_script"]],
		["TG-GITLAB-002", ["jobs", "j", "script", 0]],
		["TG-GITLAB-002", ["jobs", "j", "script", 1]],
		["TG-GITLAB-002", ["jobs", "j", "after_script", 0]],
	}
	{v.msg | some v in vs} == {
		"job 'j' before_script pipes what wget downloads into sh, unverified",
		"job 'j' script runs what curl downloads with bash, unverified",
		"job 'j' script runs what curl downloads with sh, unverified",
		"job 'j' after_script pipes what curl downloads into python3, unverified",
	}
}

test_line_continuation_is_joined if {
	job := {"script": ["set -e\ncurl -fsSL https://example.com/x.sh \\\n  | bash\n"]}
	vs := rule.violations with input as pipeline({"j": job})
	found(vs) == {["TG-GITLAB-002", ["jobs", "j", "script", 0]]}
	some v in vs
	v.params.snippet == "curl -fsSL https://example.com/x.sh"
}

test_verified_downloads_are_compliant if {
	job := {"script": [
		"curl -fsSLo tool.sh https://example.com/v1.2.3/tool.sh",
		"echo \"$TOOL_SHA256  tool.sh\" | sha256sum -c -",
		"bash tool.sh",
		"curl -s https://api.example.com/status | jq .state",
		"wget -q https://example.com/data.tar.gz && tar xzf data.tar.gz",
		"curl -fsS \"$CI_API_V4_URL/projects\" | shasum",
	]}
	count(rule.violations) == 0 with input as pipeline({"j": job})
}

test_templates_are_not_jobs if {
	p := object.union(pipeline({}), {"templates": {".install": {"script": ["curl https://x | sh"]}}})
	count(rule.violations) == 0 with input as p
}
