package tollgate.rules.terraform.gcp_gke_shielded_nodes_test

import data.tollgate.rules.terraform.gcp_gke_shielded_nodes as rule

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

cluster(cfg) := {"resource": {"google_container_cluster": {"ml": res("google_container_cluster", "ml", cfg)}}}

test_explicit_false_is_flagged_at_the_setting if {
	vs := rule.violations with input as cluster({"enable_shielded_nodes": false})
	{v.path | some v in vs} == {["resource", "google_container_cluster", "ml", "config", "enable_shielded_nodes"]}
	some v in vs
	v.rule == "TG-GCP-011"
	v.msg == "google_container_cluster 'ml' sets enable_shielded_nodes to false: node identity and boot integrity are not verified"
}

test_default_true_and_unknown_pass if {
	count(rule.violations) == 0 with input as cluster({})
	count(rule.violations) == 0 with input as cluster({"enable_shielded_nodes": true})
	count(rule.violations) == 0 with input as cluster({"enable_shielded_nodes": unknown_var("shielded")})
}
