package tollgate.rules.dockerfile.add_remote_url_test

import data.tollgate.rules.dockerfile.add_remote_url as rule

found(vs) := {[v.rule, v.path] | some v in vs}

add(sources, flags) := {"cmd": "ADD", "value": "...", "flags": flags, "sources": sources, "destination": "/opt/"}

df(instructions) := {"args": [], "stages": [{
	"name": "runtime",
	"from": {"image": "ubuntu:22.04", "resolved": true, "digest": null, "stage": null, "scratch": false},
	"instructions": instructions,
}]}

test_url_without_checksum_is_flagged if {
	vs := rule.violations with input as df([add(["https://github.com/NVIDIA/nccl/releases/download/v2.21.5/nccl.txz"], {})])
	found(vs) == {["TG-DOCKER-005", ["stages", 0, "instructions", 0, "sources", 0]]}
	some v in vs
	v.msg == "stage 'runtime' ADDs a URL without --checksum, so whatever the server returns goes into the image"
}

test_checksum_is_compliant if {
	count(rule.violations) == 0 with input as df([add(["https://example.com/a.tgz"], {"checksum": "sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"})])
}

test_local_sources_are_compliant if {
	count(rule.violations) == 0 with input as df([add(["weights.tar.gz", "./src"], {"chown": "10001"})])
}

test_git_sources if {
	vs := rule.violations with input as df([
		add(["https://github.com/acme/tokenizers.git#v1.2.0"], {}),
		add(["git@github.com:acme/tokenizers.git"], {}),
		add(["https://github.com/acme/tokenizers.git#4b2a8e7f0c5d3e1a9b6c8d7e0f1a2b3c4d5e6f70"], {}),
		add(["https://github.com/acme/tokenizers.git#4b2a8e7f0c5d3e1a9b6c8d7e0f1a2b3c4d5e6f70:python"], {}),
	])
	found(vs) == {
		["TG-DOCKER-005", ["stages", 0, "instructions", 0, "sources", 0]],
		["TG-DOCKER-005", ["stages", 0, "instructions", 1, "sources", 0]],
	}
	some v in vs
	v.msg == "stage 'runtime' ADDs a git repository not pinned to a commit SHA, so whatever the server returns goes into the image"
}

test_only_remote_sources_of_a_mixed_add_are_flagged if {
	vs := rule.violations with input as df([add(["config.yaml", "http://example.com/b.bin"], {})])
	found(vs) == {["TG-DOCKER-005", ["stages", 0, "instructions", 0, "sources", 1]]}
}

test_copy_is_not_checked if {
	count(rule.violations) == 0 with input as df([{"cmd": "COPY", "value": "...", "flags": {}, "sources": ["https://example.com/x"], "destination": "/x", "heredocs": []}])
}
