package tollgate.rules.dockerfile.root_user_test

import data.tollgate.rules.dockerfile.root_user as rule

found(vs) := {[v.rule, v.path] | some v in vs}

from(image) := {"image": image, "resolved": true, "digest": null, "stage": null, "scratch": false}

stage(name, f, instructions) := {"name": name, "from": f, "instructions": instructions}

user(u) := {"cmd": "USER", "value": u, "user": u, "group": null}

run(cmd) := {"cmd": "RUN", "value": cmd, "form": "shell"}

test_no_user_is_flagged_on_the_final_from if {
	vs := rule.violations with input as {"args": [], "stages": [stage("serve", from("python:3.11"), [run("pip install torch")])]}
	found(vs) == {["TG-DOCKER-001", ["stages", 0, "from"]]}
	some v in vs
	v.msg == "final stage 'serve' sets no USER, so the container runs as the base image's user, root in most images"
}

test_user_root_is_flagged_on_the_user if {
	vs := rule.violations with input as {"args": [], "stages": [stage(null, from("python:3.11"), [user("app"), run("x"), user("root")])]}
	found(vs) == {["TG-DOCKER-001", ["stages", 0, "instructions", 2, "user"]]}
	some v in vs
	v.msg == "final stage #1 runs as USER root"
}

test_uid_zero_is_root if {
	vs := rule.violations with input as {"args": [], "stages": [stage(null, from("python:3.11"), [user("0")])]}
	found(vs) == {["TG-DOCKER-001", ["stages", 0, "instructions", 0, "user"]]}
}

test_non_root_user_is_compliant if {
	count(rule.violations) == 0 with input as {"args": [], "stages": [stage(null, from("python:3.11"), [user("root"), run("apt-get install -y curl"), user("10001")])]}
}

test_only_the_final_stage_counts if {
	builder := stage("build", from("python:3.11"), [run("pip wheel .")])
	final := stage("final", from("gcr.io/distroless/python3"), [user("nonroot")])
	count(rule.violations) == 0 with input as {"args": [], "stages": [builder, final]}
}

test_user_is_inherited_from_a_parent_stage if {
	base := stage("base", from("python:3.11"), [user("10001")])
	final := stage("final", object.union(from("base"), {"stage": 0}), [run("echo")])
	count(rule.violations) == 0 with input as {"args": [], "stages": [base, final]}
}

test_a_child_stage_can_switch_back_to_root if {
	base := stage("base", from("python:3.11"), [user("10001")])
	final := stage("final", object.union(from("base"), {"stage": 0}), [user("root")])
	found(rule.violations) == {["TG-DOCKER-001", ["stages", 1, "instructions", 0, "user"]]} with input as {"args": [], "stages": [base, final]}
}

test_a_user_in_an_unrelated_stage_does_not_count if {
	other := stage("tools", from("alpine:3.19"), [user("10001")])
	final := stage("final", from("python:3.11"), [run("echo")])
	found(rule.violations) == {["TG-DOCKER-001", ["stages", 1, "from"]]} with input as {"args": [], "stages": [other, final]}
}

test_user_from_a_variable_is_not_judged if {
	count(rule.violations) == 0 with input as {"args": [], "stages": [stage(null, from("python:3.11"), [user("$APP_USER")])]}
}

test_empty_dockerfile_is_ignored if {
	count(rule.violations) == 0 with input as {"args": [], "stages": []}
}
