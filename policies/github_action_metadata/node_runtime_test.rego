package tollgate.rules.github_action_metadata.node_runtime_test

import data.tollgate.rules.github_action_metadata.node_runtime as rule

found(vs) := {[v.rule, v.path] | some v in vs}

action(using) := {"name": "Upload model", "runs": {"using": using, "main": "dist/index.js"}}

test_node20_is_flagged if {
	vs := rule.violations with input as action("node20")
	found(vs) == {["TG-GHA-006", ["runs", "using"]]}
	some v in vs
	v.msg == "action runs on node20; supported runtimes are node24"
}

test_node24_is_compliant if {
	count(rule.violations) == 0 with input as action("node24")
}

test_composite_and_docker_actions_are_ignored if {
	count(rule.violations) == 0 with input as {"runs": {"using": "composite", "steps": []}}
	count(rule.violations) == 0 with input as {"runs": {"using": "docker", "image": "Dockerfile"}}
}

test_runtimes_are_a_parameter if {
	count(rule.violations) == 0 with input as action("node20") with data.params.github_action_metadata.node_runtimes as ["node20", "node24"]
}
