package tollgate.rules.terraform.gcp_workbench_public_ip_test

import data.tollgate.rules.terraform.gcp_workbench_public_ip as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

wb(cfg) := {"resource": {"google_workbench_instance": {"nb": res("google_workbench_instance", "nb", cfg)}}}

nb(cfg) := {"resource": {"google_notebooks_instance": {"nb": res("google_notebooks_instance", "nb", cfg)}}}

base := ["resource", "google_workbench_instance", "nb"]

test_workbench_defaults_are_flagged_at_the_enclosing_block if {
	vs := rule.violations with input as wb({})
	found(vs) == {base}
	some v in vs
	v.rule == "TG-GCP-007"
	found(rule.violations) == {array.concat(base, ["config", "gce_setup", 0])} with input as wb({"gce_setup": [{"machine_type": "e2-standard-4"}]})
}

test_workbench_false_is_flagged_at_the_setting if {
	found(rule.violations) == {array.concat(base, ["config", "gce_setup", 0, "disable_public_ip"])} with input as wb({"gce_setup": [{"disable_public_ip": false}]})
}

test_workbench_private_and_unknown_pass if {
	count(rule.violations) == 0 with input as wb({"gce_setup": [{"disable_public_ip": true}]})
	count(rule.violations) == 0 with input as wb({"gce_setup": [{"disable_public_ip": unknown_var("no_ip")}]})
}

test_legacy_notebook if {
	found(rule.violations) == {["resource", "google_notebooks_instance", "nb"]} with input as nb({})
	found(rule.violations) == {["resource", "google_notebooks_instance", "nb", "config", "no_public_ip"]} with input as nb({"no_public_ip": false})
	count(rule.violations) == 0 with input as nb({"no_public_ip": true})
	count(rule.violations) == 0 with input as nb({"no_public_ip": unknown_var("no_ip")})
}
