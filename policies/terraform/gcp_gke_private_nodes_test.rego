package tollgate.rules.terraform.gcp_gke_private_nodes_test

import data.tollgate.rules.terraform.gcp_gke_private_nodes as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

doc(cluster_cfg, pools) := {"resource": {
	"google_container_cluster": {"ml": res("google_container_cluster", "ml", object.union({"name": "ml"}, cluster_cfg))},
	"google_container_node_pool": {name: res("google_container_node_pool", name, cfg) | some name, cfg in pools},
}}

cluster := ["resource", "google_container_cluster", "ml"]

private_pool := {"cluster": ref("google_container_cluster.ml.id"), "network_config": [{"enable_private_nodes": true}]}

test_public_cluster_is_flagged_at_its_block if {
	vs := rule.violations with input as doc({}, {})
	found(vs) == {cluster}
	some v in vs
	v.rule == "TG-GCP-009"
}

test_missing_and_false_settings if {
	found(rule.violations) == {array.concat(cluster, ["config", "private_cluster_config", 0])} with input as doc({"private_cluster_config": [{"enable_private_endpoint": false}]}, {})
	found(rule.violations) == {array.concat(cluster, ["config", "private_cluster_config", 0, "enable_private_nodes"])} with input as doc({"private_cluster_config": [{"enable_private_nodes": false}]}, {})
}

test_private_cluster_and_unknown_pass if {
	count(rule.violations) == 0 with input as doc({"private_cluster_config": [{"enable_private_nodes": true}]}, {})
	count(rule.violations) == 0 with input as doc({"private_cluster_config": [{"enable_private_nodes": unknown_var("private")}]}, {})
	count(rule.violations) == 0 with input as doc({"private_cluster_config": unknown_var("pcc")}, {})
}

test_private_pools_cover_a_cluster_without_default_pool if {
	count(rule.violations) == 0 with input as doc({"remove_default_node_pool": true}, {"cpu": private_pool})
	count(rule.violations) == 0 with input as doc({"node_pool": [{"name": "a", "network_config": [{"enable_private_nodes": true}]}]}, {})
}

test_private_pools_do_not_cover_a_kept_default_pool_or_a_public_pool if {
	found(rule.violations) == {cluster} with input as doc({}, {"cpu": private_pool})
	public := {"cluster": ref("google_container_cluster.ml.id")}
	found(rule.violations) == {cluster} with input as doc({"remove_default_node_pool": true}, {"cpu": private_pool, "gpu": public})
}

test_pool_that_opts_out_is_flagged_at_its_setting if {
	pools := {"gpu": {"cluster": ref("google_container_cluster.ml.id"), "network_config": [{"enable_private_nodes": false}]}}
	found(rule.violations) == {["resource", "google_container_node_pool", "gpu", "config", "network_config", 0, "enable_private_nodes"]} with input as doc({"private_cluster_config": [{"enable_private_nodes": true}]}, pools)
}
