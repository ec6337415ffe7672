package tollgate.rules.terraform.gcp_gke_secure_boot_test

import data.tollgate.rules.terraform.gcp_gke_secure_boot as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

pool(cfg) := {"resource": {"google_container_node_pool": {"cpu": res("google_container_node_pool", "cpu", cfg)}}}

cluster(cfg) := {"resource": {"google_container_cluster": {"ml": res("google_container_cluster", "ml", cfg)}}}

p := ["resource", "google_container_node_pool", "cpu"]

test_pool_without_node_config_is_flagged_at_the_pool if {
	vs := rule.violations with input as pool({"node_count": 1})
	found(vs) == {p}
	some v in vs
	v.rule == "TG-GCP-012"
}

test_missing_and_false_settings if {
	found(rule.violations) == {array.concat(p, ["config", "node_config", 0])} with input as pool({"node_config": [{"machine_type": "n2-standard-8"}]})
	found(rule.violations) == {array.concat(p, ["config", "node_config", 0, "shielded_instance_config", 0])} with input as pool({"node_config": [{"shielded_instance_config": [{"enable_integrity_monitoring": true}]}]})
	found(rule.violations) == {array.concat(p, ["config", "node_config", 0, "shielded_instance_config", 0, "enable_secure_boot"])} with input as pool({"node_config": [{"shielded_instance_config": [{"enable_secure_boot": false}]}]})
}

test_secure_boot_and_unknown_pass if {
	count(rule.violations) == 0 with input as pool({"node_config": [{"shielded_instance_config": [{"enable_secure_boot": true}]}]})
	count(rule.violations) == 0 with input as pool({"node_config": [{"shielded_instance_config": [{"enable_secure_boot": unknown_var("sb")}]}]})
	count(rule.violations) == 0 with input as pool({"node_config": unknown_var("nc")})
}

test_default_pool_only_while_kept if {
	found(rule.violations) == {["resource", "google_container_cluster", "ml"]} with input as cluster({})
	count(rule.violations) == 0 with input as cluster({"remove_default_node_pool": true})
	count(rule.violations) == 0 with input as cluster({"enable_autopilot": true})
	count(rule.violations) == 0 with input as cluster({"remove_default_node_pool": unknown_var("rm")})
}
