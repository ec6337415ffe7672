package tollgate.rules.terraform.gcp_gke_gpu_taint_test

import data.tollgate.rules.terraform.gcp_gke_gpu_taint as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

pool(nc) := {"resource": {"google_container_node_pool": {"gpu": res("google_container_node_pool", "gpu", {"node_config": [nc]})}}}

t4 := {"guest_accelerator": [{"type": "nvidia-tesla-t4", "count": 1}]}

nc_path := ["resource", "google_container_node_pool", "gpu", "config", "node_config", 0]

test_gpu_pool_without_taint_is_flagged_at_node_config if {
	vs := rule.violations with input as pool(t4)
	found(vs) == {nc_path}
	some v in vs
	v.rule == "TG-GCP-014"
	v.msg == "google_container_node_pool 'gpu' has GPUs (guest_accelerator \"nvidia-tesla-t4\") but no taint with effect NO_SCHEDULE: any pod can be scheduled on its nodes"
}

test_accelerator_optimized_machine_type_counts if {
	found(rule.violations) == {nc_path} with input as pool({"machine_type": "g2-standard-8"})
	count(rule.violations) == 0 with input as pool({"machine_type": "n2-standard-8"})
}

test_prefer_no_schedule_is_not_enough if {
	found(rule.violations) == {nc_path} with input as pool(object.union(t4, {"taint": [{"key": "nvidia.com/gpu", "value": "present", "effect": "PREFER_NO_SCHEDULE"}]}))
}

test_taints_and_unknowns_pass if {
	count(rule.violations) == 0 with input as pool(object.union(t4, {"taint": [{"key": "nvidia.com/gpu", "value": "present", "effect": "NO_SCHEDULE"}]}))
	count(rule.violations) == 0 with input as pool(object.union(t4, {"taint": [{"key": "dedicated", "value": "ml", "effect": "NO_EXECUTE"}]}))
	count(rule.violations) == 0 with input as pool(object.union(t4, {"taint": unknown_var("taints")}))
	count(rule.violations) == 0 with input as pool(object.union(t4, {"taint": [{"key": "k", "effect": unknown_var("effect")}]}))
	count(rule.violations) == 0 with input as pool({"guest_accelerator": [{"type": "nvidia-l4", "count": unknown_var("gpus")}]})
	count(rule.violations) == 0 with input as pool({"guest_accelerator": [{"type": "nvidia-l4", "count": 0}]})
	count(rule.violations) == 0 with input as pool({"guest_accelerator": [{"__dynamic__": true, "__for_each__": unknown_var("gpus"), "type": unknown_var("t")}]})
}
