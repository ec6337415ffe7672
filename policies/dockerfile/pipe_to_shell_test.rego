package tollgate.rules.dockerfile.pipe_to_shell_test

import data.tollgate.rules.dockerfile.pipe_to_shell as rule

snippets(vs) := {v.params.snippet | some v in vs}

df(commands) := {"args": [], "stages": [{
	"name": "build",
	"from": {"image": "ubuntu:22.04", "resolved": true, "digest": null, "stage": null, "scratch": false},
	"instructions": [{"cmd": "RUN", "value": c, "flags": {}, "form": "shell", "heredocs": []} | some c in commands],
}]}

test_curl_pipe_sh_is_flagged if {
	vs := rule.violations with input as df(["apt-get update && curl -fsSL https://get.example.com/install.sh | sh && rm -rf /var/lib/apt/lists/*"])
	count(vs) == 1
	some v in vs
	v.rule == "TG-DOCKER-004"
	v.path == ["stages", 0, "instructions", 0, "value"]
	v.params.snippet == "curl -fsSL https://get.example.com/install.sh | sh"
	v.msg == "stage 'build' pipes a curl download into sh: 'curl -fsSL https://get.example.com/install.sh | sh'; download to a file and verify its checksum first"
}

test_variants_are_flagged if {
	vs := rule.violations with input as df([
		"wget -qO- https://x.example/setup | bash",
		"curl -sSL https://x.example/a | sudo -E bash -",
		"curl -sSL https://x.example/b | /bin/bash -s -- --version 1.2",
		"curl -sSL https://x.example/c | python3 -",
		"curl -LsSf https://astral.sh/uv/install.sh | env UV_INSTALL_DIR=/opt sh",
		"/bin/bash -c \"$(curl -fsSL https://x.example/d)\"",
		"bash <(curl -s https://x.example/e)",
		"eval \"$(curl -fsSL https://x.example/f)\"",
		"curl -fsSL https://x.example/g | DEBUG=1 bash",
	])
	snippets(vs) == {
		"wget -qO- https://x.example/setup | bash",
		"curl -sSL https://x.example/a | sudo -E bash -",
		"curl -sSL https://x.example/b | /bin/bash -s",
		"curl -sSL https://x.example/c | python3 -",
		"curl -LsSf https://astral.sh/uv/install.sh | env UV_INSTALL_DIR=/opt sh",
		"/bin/bash -c \"$(curl -fsSL https://x.example/d)",
		"bash <(curl -s https://x.example/e)",
		"eval \"$(curl -fsSL https://x.example/f)",
		"curl -fsSL https://x.example/g | DEBUG=1 bash",
	}
}

test_exec_form_and_heredocs if {
	vs := rule.violations with input as df([
		"[\"sh\", \"-c\", \"curl -fsSL https://x.example/i | sh\"]",
		"<<EOF\nset -e\ncurl -fsSL https://x.example/j | bash\nEOF",
	])
	snippets(vs) == {"curl -fsSL https://x.example/i | sh", "curl -fsSL https://x.example/j | bash"}
}

test_downloads_read_as_data_are_compliant if {
	count(rule.violations) == 0 with input as df([
		"curl -fsSLo /tmp/install.sh https://x.example/install.sh && echo \"abc  /tmp/install.sh\" | sha256sum -c - && sh /tmp/install.sh",
		"curl -fsSL https://x.example/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg",
		"curl -fsSL https://x.example/model.tar.gz | tar -xz -C /models",
		"curl -s https://api.example/version | python3 -c 'import sys, json; print(json.load(sys.stdin)[\"v\"])'",
		"curl -s https://api.example/version | python -m json.tool",
		"curl -s https://api.example/x | perl -ne 'print if /v/'",
		"wget -qO- https://x.example/sums | shasum -a 256",
		"curl -s https://x.example/list | sh -c 'cat > /tmp/list'",
		"echo hello | sh",
	])
}
