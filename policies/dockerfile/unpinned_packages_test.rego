package tollgate.rules.dockerfile.unpinned_packages_test

import data.tollgate.rules.dockerfile.unpinned_packages as rule

df(commands) := {"args": [], "stages": [{
	"name": "serve",
	"from": {"image": "ubuntu:22.04", "resolved": true, "digest": null, "stage": null, "scratch": false},
	"instructions": [{"cmd": "RUN", "value": c, "flags": {}, "form": "shell", "heredocs": []} | some c in commands],
}]}

messages(vs) := {v.msg | some v in vs}

snippets(vs) := {v.params.snippet | some v in vs}

test_apt_get_without_versions_is_flagged if {
	vs := rule.violations with input as df(["apt-get update && apt-get install -y --no-install-recommends python3 curl=7.81.0-1ubuntu1.16 python3-pip && rm -rf /var/lib/apt/lists/*"])
	count(vs) == 1
	some v in vs
	v.rule == "TG-DOCKER-007"
	v.path == ["stages", 0, "instructions", 0, "value"]
	v.msg == "stage 'serve' installs apt packages without a pinned version: python3, python3-pip"
	v.params.snippet == "apt-get install -y --no-install-recommends python3"
}

test_pinned_installs_are_compliant if {
	count(rule.violations) == 0 with input as df([
		"apt-get update && apt-get install -y --no-install-recommends curl=7.81.0-1ubuntu1.16 ca-certificates=20230311ubuntu0.22.04.1",
		"apt-get -o Dpkg::Options::=--force-confold -t jammy-backports install -y git=1:2.34.1-1ubuntu1.11",
		"apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0 musl-dev~1.2",
		"pip install --no-cache-dir torch==2.3.1 'fastapi[standard]==0.111.0' numpy===1.26.4",
		"python3 -m pip install -r requirements.txt",
		"pip install --require-hashes -r requirements.txt",
		"pip install --no-index --find-links /wheels jupyterlab ipywidgets",
		"pip install -c constraints.txt transformers accelerate",
		"pip install --constraint=constraints.txt transformers",
		"pip install . ./vendor/lib /wheels/*.whl dist/pkg-1.0.tar.gz git+https://github.com/acme/x@v1",
		"pip install -e . && pip install \"$EXTRA_PACKAGES\"",
		"apt-get install -y ./cuda-keyring_1.1-1_all.deb",
		"xargs apt-get install -y < packages.txt",
		"pip wheel --wheel-dir /wheels torch",
		"conda install -y numpy",
	])
}

test_apk_and_pip if {
	vs := rule.violations with input as df([
		"apk add --no-cache git openssh-client=9.6_p1-r0",
		"python3 -m pip install --upgrade pip setuptools==70.0.0 'transformers>=4.40' accelerate",
		"uv pip install --system vllm",
	])
	messages(vs) == {
		"stage 'serve' installs apk packages without a pinned version: git",
		"stage 'serve' installs pip packages without a pinned version: pip, transformers>=4.40, accelerate",
		"stage 'serve' installs pip packages without a pinned version: vllm",
	}
	snippets(vs) == {
		"apk add --no-cache git",
		"pip install --upgrade pip",
		"pip install --system vllm",
	}
}

test_one_finding_per_install_command if {
	vs := rule.violations with input as df(["apt-get install -y git && pip install torch; apt-get install -y vim"])
	count(vs) == 3
}

test_heredocs_and_exec_form if {
	heredoc := {"cmd": "RUN", "value": "<<EOF\nset -eux\napt-get update\napt-get install -y \\\n  git \\\n  curl\nEOF", "flags": {}, "form": "shell", "heredocs": []}
	exec := {"cmd": "RUN", "value": "[\"pip\", \"install\", \"torch\", \"numpy==1.26.4\"]", "flags": {}, "form": "exec", "exec": ["pip", "install", "torch", "numpy==1.26.4"]}
	vs := rule.violations with input as {"args": [], "stages": [{"name": "serve", "from": {}, "instructions": [heredoc, exec]}]}
	messages(vs) == {
		"stage 'serve' installs apt packages without a pinned version: git, curl",
		"stage 'serve' installs pip packages without a pinned version: torch",
	}
}

test_direct_references_are_not_index_packages if {
	count(rule.violations) == 0 with input as df(["pip install 'tokenizers @ https://example.com/tokenizers-0.19.1.tar.gz'"])
}
