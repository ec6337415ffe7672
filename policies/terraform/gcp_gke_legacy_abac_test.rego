package tollgate.rules.terraform.gcp_gke_legacy_abac_test

import data.tollgate.rules.terraform.gcp_gke_legacy_abac as rule

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

cluster(cfg) := {"resource": {"google_container_cluster": {"ml": res("google_container_cluster", "ml", cfg)}}}

test_legacy_abac_is_flagged_at_the_setting if {
	vs := rule.violations with input as cluster({"enable_legacy_abac": true})
	{v.path | some v in vs} == {["resource", "google_container_cluster", "ml", "config", "enable_legacy_abac"]}
	some v in vs
	v.rule == "TG-GCP-013"
}

test_default_false_and_unknown_pass if {
	count(rule.violations) == 0 with input as cluster({})
	count(rule.violations) == 0 with input as cluster({"enable_legacy_abac": false})
	count(rule.violations) == 0 with input as cluster({"enable_legacy_abac": unknown_var("abac")})
}
