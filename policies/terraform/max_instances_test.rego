package tollgate.rules.terraform.max_instances_test

import data.tollgate.rules.terraform.max_instances as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(rs) := {"resource": {t: {r.name: r | some r in rs; r.type == t} | some x in rs; t := x.type}}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

test_gke_pools_by_tier if {
	d := doc([
		res("google_container_node_pool", "gpu", {"autoscaling": [{"max_node_count": 32}], "node_count": 1, "node_config": [{"machine_type": "g2-standard-8"}]}),
		res("google_container_node_pool", "t4", {"node_count": 20, "node_config": [{"machine_type": "n1-standard-8", "guest_accelerator": [{"type": "nvidia-tesla-t4"}]}]}),
		res("google_container_node_pool", "cpu", {"autoscaling": [{"total_max_node_count": 60}], "node_config": [{"machine_type": "n2-standard-8"}]}),
		res("google_container_node_pool", "default", {"node_count": 150}),
	])
	vs := rule.violations with input as d
	found(vs) == {
		["TG-GOV-005", ["resource", "google_container_node_pool", "gpu", "config", "autoscaling", 0, "max_node_count"]],
		["TG-GOV-005", ["resource", "google_container_node_pool", "t4", "config", "node_count"]],
		["TG-GOV-005", ["resource", "google_container_node_pool", "default", "config", "node_count"]],
	}
	some v in vs
	v.msg == "google_container_node_pool 'gpu' may run 32 instances; the most for a gpu group is 16"
}

test_endpoint_variants_eks_and_counted_instances if {
	d := doc([
		res("aws_sagemaker_endpoint_configuration", "ep", {"production_variants": [
			{"instance_type": "ml.g5.xlarge", "initial_instance_count": 2, "managed_instance_scaling": [{"max_instance_count": 40}]},
			{"instance_type": "ml.m5.large", "initial_instance_count": 40},
		]}),
		res("aws_eks_node_group", "default_type", {"scaling_config": [{"min_size": 1, "max_size": 50, "desired_size": 2}]}),
		res("aws_eks_node_group", "p5", {"instance_types": ["p5.48xlarge"], "scaling_config": [{"max_size": 20}]}),
		object.union(res("aws_instance", "workers", {"instance_type": "g5.2xlarge"}), {"count": 17}),
	])
	found(rule.violations) == {
		["TG-GOV-005", ["resource", "aws_sagemaker_endpoint_configuration", "ep", "config", "production_variants", 0, "managed_instance_scaling", 0, "max_instance_count"]],
		["TG-GOV-005", ["resource", "aws_eks_node_group", "p5", "config", "scaling_config", 0, "max_size"]],
		["TG-GOV-005", ["resource", "aws_instance", "workers", "count"]],
	} with input as d
}

test_unknown_type_is_held_to_the_larger_limit if {
	d := doc([
		res("aws_autoscaling_group", "a", {"max_size": 50}),
		res("aws_autoscaling_group", "b", {"max_size": 101}),
		res("aws_eks_node_group", "c", {"instance_types": unknown("var.types"), "scaling_config": [{"max_size": 50}]}),
		res("aws_eks_node_group", "d", {"launch_template": [{"id": unknown("aws_launch_template.gpu.id")}], "scaling_config": [{"max_size": 50}]}),
		res("aws_eks_node_group", "e", {"launch_template": [{"id": unknown("aws_launch_template.gpu.id")}], "scaling_config": [{"max_size": 120}]}),
	])
	vs := rule.violations with input as d
	found(vs) == {
		["TG-GOV-005", ["resource", "aws_autoscaling_group", "b", "config", "max_size"]],
		["TG-GOV-005", ["resource", "aws_eks_node_group", "e", "config", "scaling_config", 0, "max_size"]],
	}
	some v in vs
	v.msg == "aws_autoscaling_group 'b' may run 101 instances; the most for any group is 100"
}

test_unknown_counts_and_null_limits if {
	d := doc([
		res("azurerm_machine_learning_compute_cluster", "a", {"vm_size": "Standard_NC24ads_A100_v4", "scale_settings": [{"max_node_count": unknown("var.max")}]}),
		res("azurerm_kubernetes_cluster_node_pool", "b", {"vm_size": "Standard_NC24ads_A100_v4", "max_count": 40}),
	])
	found(rule.violations) == {["TG-GOV-005", ["resource", "azurerm_kubernetes_cluster_node_pool", "b", "config", "max_count"]]} with input as d
	count(rule.violations) == 0 with input as d with data.params.governance.max_instances.gpu as null
}
