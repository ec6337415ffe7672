package tollgate.rules.dockerfile.insecure_download_test

import data.tollgate.rules.dockerfile.insecure_download as rule

found(vs) := {[v.rule, v.path] | some v in vs}

snippets(vs) := {v.params.snippet | some v in vs}

run(c) := {"cmd": "RUN", "value": c, "flags": {}, "form": "shell", "heredocs": []}

df(instructions) := {"args": [], "stages": [{
	"name": "build",
	"from": {"image": "ubuntu:22.04", "resolved": true, "digest": null, "stage": null, "scratch": false},
	"instructions": instructions,
}]}

test_curl_insecure_is_flagged if {
	vs := rule.violations with input as df([run("curl -fsSLk https://artifacts.acme.internal/cudnn.tar.xz -o /tmp/cudnn.tar.xz")])
	found(vs) == {["TG-DOCKER-008", ["stages", 0, "instructions", 0, "value"]]}
	some v in vs
	v.params.snippet == "curl -fsSLk"
	v.msg == "stage 'build' runs curl without certificate checks: 'curl -fsSLk'"
}

test_run_patterns if {
	vs := rule.violations with input as df([
		run("curl --insecure -o x https://a"),
		run("wget -q --no-check-certificate https://b/model.bin"),
		run("pip install --trusted-host pypi.acme.internal -i http://pypi.acme.internal/simple torch==2.3.1"),
		run("pip config set global.trusted-host pypi.acme.internal"),
		run("apt-get install -y --allow-unauthenticated cuda-toolkit-12-4=12.4.1-1"),
		run("apt-get -o Acquire::AllowInsecureRepositories=true update"),
		run("echo 'deb [trusted=yes] http://apt.acme.internal/ stable main' > /etc/apt/sources.list.d/acme.list"),
		run("apk add --allow-untrusted /tmp/pkg.apk"),
		run("dnf install -y --nogpgcheck nvidia-driver"),
		run("rpm -i --nosignature /tmp/x.rpm"),
		run("git -c http.sslVerify=false clone https://git.acme.internal/ml/models.git"),
		run("npm config set strict-ssl false"),
		run("conda config --set ssl_verify false"),
	])
	snippets(vs) == {
		"curl --insecure",
		"wget -q --no-check-certificate",
		"pip install --trusted-host pypi.acme.internal",
		"pip config set global.trusted-host pypi.acme.internal",
		"apt-get install -y --allow-unauthenticated",
		"Acquire::AllowInsecureRepositories=true",
		"[trusted=yes]",
		"apk add --allow-untrusted",
		"dnf install -y --nogpgcheck",
		"rpm -i --nosignature",
		"git -c http.sslVerify=false",
		"npm config set strict-ssl false",
		"conda config --set ssl_verify false",
	}
}

test_verified_downloads_are_compliant if {
	count(rule.violations) == 0 with input as df([
		run("curl -fsSL -K /etc/curlrc https://a -o x"),
		run("curl -fsSL https://keys.example/key.gpg -o /tmp/key.gpg"),
		run("wget -q https://b/model.bin && sha256sum -c model.sha256"),
		run("pip install --index-url https://pypi.acme.internal/simple torch==2.3.1"),
		run("apt-get install -y --no-install-recommends cuda-toolkit-12-4=12.4.1-1"),
		run("git config --global http.sslCAInfo /etc/ssl/certs/acme-ca.pem"),
		run("echo 'curl is not called here' && ls -k"),
	])
}

test_variables if {
	env := {"cmd": "ENV", "value": "...", "pairs": [
		{"name": "PYTHONHTTPSVERIFY", "value": "0"},
		{"name": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "\"0\""},
		{"name": "PIP_TRUSTED_HOST", "value": "pypi.acme.internal"},
		{"name": "GIT_SSL_NO_VERIFY", "value": "1"},
		{"name": "CONDA_SSL_VERIFY", "value": "False"},
		{"name": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "1"},
		{"name": "PYTHONHTTPSVERIFY", "value": "1"},
		{"name": "GIT_SSL_NO_VERIFY", "value": ""},
		{"name": "CONDA_SSL_VERIFY", "value": "/etc/ssl/certs/acme-ca.pem"},
	]}
	arg := {"cmd": "ARG", "value": "NPM_CONFIG_STRICT_SSL=false", "pairs": [{"name": "NPM_CONFIG_STRICT_SSL", "value": "false"}]}
	vs := rule.violations with input as df([env, arg])
	found(vs) == {
		["TG-DOCKER-008", ["stages", 0, "instructions", 0, "pairs", 0]],
		["TG-DOCKER-008", ["stages", 0, "instructions", 0, "pairs", 1]],
		["TG-DOCKER-008", ["stages", 0, "instructions", 0, "pairs", 2]],
		["TG-DOCKER-008", ["stages", 0, "instructions", 0, "pairs", 3]],
		["TG-DOCKER-008", ["stages", 0, "instructions", 0, "pairs", 4]],
		["TG-DOCKER-008", ["stages", 0, "instructions", 1, "pairs", 0]],
	}
	some v in vs
	v.msg == "stage 'build' sets ENV PYTHONHTTPSVERIFY=0, which turns TLS verification off"
}
