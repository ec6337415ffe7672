package tollgate.rules.terraform.gcp_gke_workload_identity_test

import data.tollgate.rules.terraform.gcp_gke_workload_identity as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

wi := {"workload_identity_config": [{"workload_pool": "acme-ml.svc.id.goog"}]}

cluster(cfg) := {"resource": {"google_container_cluster": {"ml": res("google_container_cluster", "ml", cfg)}}}

with_pool(cfg) := {"resource": {
	"google_container_cluster": {"ml": res("google_container_cluster", "ml", object.union(wi, {"remove_default_node_pool": true}))},
	"google_container_node_pool": {"gpu": res("google_container_node_pool", "gpu", cfg)},
}}

test_cluster_without_workload_identity_is_flagged if {
	vs := rule.violations with input as cluster({"remove_default_node_pool": true})
	found(vs) == {["resource", "google_container_cluster", "ml"]}
	some v in vs
	v.rule == "TG-GCP-010"
}

test_empty_pool_settings if {
	found(rule.violations) == {["resource", "google_container_cluster", "ml", "config", "workload_identity_config", 0]} with input as cluster({"remove_default_node_pool": true, "workload_identity_config": [{}]})
	found(rule.violations) == {["resource", "google_container_cluster", "ml", "config", "workload_identity_config", 0, "workload_pool"]} with input as cluster({"remove_default_node_pool": true, "workload_identity_config": [{"workload_pool": ""}]})
}

test_workload_identity_autopilot_and_unknowns_pass if {
	count(rule.violations) == 0 with input as cluster(object.union(wi, {"remove_default_node_pool": true}))
	count(rule.violations) == 0 with input as cluster({"enable_autopilot": true})
	count(rule.violations) == 0 with input as cluster({"enable_autopilot": unknown_var("autopilot")})
	count(rule.violations) == 0 with input as cluster({"remove_default_node_pool": true, "workload_identity_config": [{"workload_pool": unknown_var("pool")}]})
	count(rule.violations) == 0 with input as cluster({"remove_default_node_pool": true, "workload_identity_config": [{"identity_namespace": "acme-ml.svc.id.goog"}]})
}

test_pool_exposing_node_metadata_is_flagged_at_the_mode if {
	cfg := {"node_config": [{"workload_metadata_config": [{"mode": "GCE_METADATA"}]}]}
	vs := rule.violations with input as with_pool(cfg)
	found(vs) == {["resource", "google_container_node_pool", "gpu", "config", "node_config", 0, "workload_metadata_config", 0, "mode"]}
	legacy := {"node_config": [{"workload_metadata_config": [{"node_metadata": "EXPOSE"}]}]}
	found(rule.violations) == {["resource", "google_container_node_pool", "gpu", "config", "node_config", 0, "workload_metadata_config", 0, "node_metadata"]} with input as with_pool(legacy)
}

test_pool_defaults_and_gke_metadata_pass if {
	count(rule.violations) == 0 with input as with_pool({})
	count(rule.violations) == 0 with input as with_pool({"node_config": [{"workload_metadata_config": [{"mode": "GKE_METADATA"}]}]})
	count(rule.violations) == 0 with input as with_pool({"node_config": [{"workload_metadata_config": [{"mode": unknown_var("mode")}]}]})
}
