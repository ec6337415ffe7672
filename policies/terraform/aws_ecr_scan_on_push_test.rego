package tollgate.rules.terraform.aws_ecr_scan_on_push_test

import data.tollgate.rules.terraform.aws_ecr_scan_on_push as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(resources) := {"resource": {type: {r.name: r | some r in resources; r.type == type} | some x in resources; type := x.type}}

repo(cfg) := res("aws_ecr_repository", "trainer", object.union({"name": "ml/trainer"}, cfg))

registry(freq, filter) := res("aws_ecr_registry_scanning_configuration", "this", {"scan_type": "ENHANCED", "rule": [{"scan_frequency": freq, "repository_filter": [{"filter": filter, "filter_type": "WILDCARD"}]}]})

unknown_var(n) := {"__unknown__": true, "expr": concat(".", ["var", n]), "refs": [concat(".", ["var", n])]}

test_repository_without_scanning_is_flagged_at_its_block if {
	vs := rule.violations with input as doc([repo({})])
	found(vs) == {["TG-AWS-047", ["resource", "aws_ecr_repository", "trainer"]]}
	some v in vs
	v.msg == "aws_ecr_repository 'trainer' has no image_scanning_configuration, so pushed images are not scanned"
}

test_block_without_flag_and_false_flag if {
	found(rule.violations) == {["TG-AWS-047", ["resource", "aws_ecr_repository", "trainer", "config", "image_scanning_configuration", 0]]} with input as doc([repo({"image_scanning_configuration": [{}]})])
	found(rule.violations) == {["TG-AWS-047", ["resource", "aws_ecr_repository", "trainer", "config", "image_scanning_configuration", 0, "scan_on_push"]]} with input as doc([repo({"image_scanning_configuration": [{"scan_on_push": false}]})])
}

test_scan_on_push_and_unknown_pass if {
	count(rule.violations) == 0 with input as doc([repo({"image_scanning_configuration": [{"scan_on_push": true}]})])
	count(rule.violations) == 0 with input as doc([repo({"image_scanning_configuration": [{"scan_on_push": unknown_var("scan")}]})])
}

test_registry_scanning_covers_matching_repositories if {
	count(rule.violations) == 0 with input as doc([repo({}), registry("CONTINUOUS_SCAN", "ml/*")])
	count(rule.violations) == 0 with input as doc([repo({}), registry("SCAN_ON_PUSH", unknown_var("filter"))])
	count(rule.violations) == 0 with input as doc([repo({"name": unknown_var("name")}), registry("SCAN_ON_PUSH", "ml/*")])
	count(rule.violations) == 1 with input as doc([repo({}), registry("SCAN_ON_PUSH", "web/*")])
	count(rule.violations) == 1 with input as doc([repo({}), registry("MANUAL", "*")])
}

test_registry_scanning_outside_the_code if {
	count(rule.violations) == 0 with input as doc([repo({})]) with data.params.aws.ecr_registry_scanning as true
}
