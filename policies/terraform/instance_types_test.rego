package tollgate.rules.terraform.instance_types_test

import data.tollgate.rules.terraform.instance_types as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(rs) := {"resource": {t: {r.name: r | some r in rs; r.type == t} | some x in rs; t := x.type}}

approved := {"cpu": ["ml.t3.*", "ml.m5.*", "m6i.*", "n2-standard-*", "Standard_D*s_v5"], "gpu": []}

test_nothing_is_restricted_by_default if {
	count(rule.violations) == 0 with input as doc([res("aws_instance", "i", {"instance_type": "x1e.32xlarge"})])
}

test_unapproved_types_of_every_cloud if {
	d := doc([
		res("aws_sagemaker_notebook_instance", "ok", {"instance_type": "ml.t3.medium"}),
		res("aws_sagemaker_notebook_instance", "big", {"instance_type": "ml.r5.24xlarge"}),
		res("aws_eks_node_group", "ng", {"instance_types": ["m6i.large", "c5.large"]}),
		res("google_container_node_pool", "pool", {"node_config": [{"machine_type": "e2-standard-4"}]}),
		res("azurerm_machine_learning_compute_instance", "ci", {"virtual_machine_size": "STANDARD_D4S_V5"}),
		res("azurerm_kubernetes_cluster", "aks", {"default_node_pool": [{"vm_size": "Standard_E4s_v5"}]}),
	])
	vs := rule.violations with input as d with data.params.governance.instance_types as approved
	found(vs) == {
		["TG-GOV-003", ["resource", "aws_sagemaker_notebook_instance", "big", "config", "instance_type"]],
		["TG-GOV-003", ["resource", "aws_eks_node_group", "ng", "config", "instance_types", 1]],
		["TG-GOV-003", ["resource", "google_container_node_pool", "pool", "config", "node_config", 0, "machine_type"]],
		["TG-GOV-003", ["resource", "azurerm_kubernetes_cluster", "aks", "config", "default_node_pool", 0, "vm_size"]],
	}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'big' uses \"ml.r5.24xlarge\", which is not an approved instance type (ml.t3.*, ml.m5.*, m6i.*, n2-standard-*, Standard_D*s_v5)"
}

test_gpu_types_are_left_to_tg_gov_004 if {
	d := doc([res("aws_instance", "gpu", {"instance_type": "p4d.24xlarge"}), res("google_compute_instance", "a2", {"machine_type": "a2-highgpu-1g"})])
	count(rule.violations) == 0 with input as d with data.params.governance.instance_types as approved
}

test_endpoint_variants_and_unknown_types if {
	d := doc([res("aws_sagemaker_endpoint_configuration", "ep", {"production_variants": [
		{"variant_name": "a", "instance_type": "ml.m5.large"},
		{"variant_name": "b", "instance_type": "ml.c5.xlarge"},
		{"variant_name": "c", "instance_type": {"__unknown__": true, "expr": "var.type", "refs": ["var.type"]}},
	]})])
	found(rule.violations) == {["TG-GOV-003", ["resource", "aws_sagemaker_endpoint_configuration", "ep", "config", "production_variants", 1, "instance_type"]]} with input as d with data.params.governance.instance_types as approved
}
