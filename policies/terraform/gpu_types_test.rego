package tollgate.rules.terraform.gpu_types_test

import data.tollgate.rules.terraform.gpu_types as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(rs) := {"resource": {t: {r.name: r | some r in rs; r.type == t} | some x in rs; t := x.type}}

approved := {"cpu": [], "gpu": ["ml.g5.*", "g5.*", "nvidia-l4", "nvidia-tesla-t4", "g2-standard-*", "Standard_NC*as_T4_v3"]}

test_nothing_is_restricted_by_default if {
	count(rule.violations) == 0 with input as doc([res("aws_instance", "i", {"instance_type": "p5.48xlarge"})])
}

test_gpu_instance_types if {
	d := doc([
		res("aws_sagemaker_notebook_instance", "ok", {"instance_type": "ml.g5.xlarge"}),
		res("aws_sagemaker_notebook_instance", "p4", {"instance_type": "ml.p4d.24xlarge"}),
		res("aws_instance", "cpu", {"instance_type": "m6i.large"}),
		res("aws_launch_template", "trn", {"instance_type": "trn1.32xlarge"}),
		res("google_compute_instance", "a3", {"machine_type": "a3-highgpu-8g"}),
		res("azurerm_machine_learning_compute_cluster", "t4", {"vm_size": "Standard_NC4as_T4_v3"}),
		res("azurerm_machine_learning_compute_cluster", "a100", {"vm_size": "Standard_NC24ads_A100_v4"}),
	])
	vs := rule.violations with input as d with data.params.governance.instance_types as approved
	found(vs) == {
		["TG-GOV-004", ["resource", "aws_sagemaker_notebook_instance", "p4", "config", "instance_type"]],
		["TG-GOV-004", ["resource", "aws_launch_template", "trn", "config", "instance_type"]],
		["TG-GOV-004", ["resource", "google_compute_instance", "a3", "config", "machine_type"]],
		["TG-GOV-004", ["resource", "azurerm_machine_learning_compute_cluster", "a100", "config", "vm_size"]],
	}
}

test_accelerators if {
	d := doc([
		res("google_container_node_pool", "t4", {"node_config": [{"machine_type": "n1-standard-8", "guest_accelerator": [{"type": "nvidia-tesla-t4", "count": 1}]}]}),
		res("google_container_node_pool", "h100", {"node_config": [{"machine_type": "n1-standard-8", "guest_accelerator": [{"type": "nvidia-h100-80gb", "count": 8}]}]}),
		res("google_workbench_instance", "wb", {"gce_setup": [{"machine_type": "n1-standard-4", "accelerator_configs": [{"type": "NVIDIA_TESLA_T4", "core_count": 1}]}]}),
		res("google_colab_runtime_template", "colab", {"machine_spec": [{"machine_type": "a2-highgpu-1g", "accelerator_type": "NVIDIA_TESLA_A100"}]}),
		res("google_vertex_ai_deployment_resource_pool", "pool", {"dedicated_resources": [{"machine_spec": [{"machine_type": "g2-standard-8", "accelerator_type": "ACCELERATOR_TYPE_UNSPECIFIED"}]}]}),
	])
	vs := rule.violations with input as d with data.params.governance.instance_types as approved
	found(vs) == {
		["TG-GOV-004", ["resource", "google_container_node_pool", "h100", "config", "node_config", 0, "guest_accelerator", 0, "type"]],
		["TG-GOV-004", ["resource", "google_colab_runtime_template", "colab", "config", "machine_spec", 0, "machine_type"]],
		["TG-GOV-004", ["resource", "google_colab_runtime_template", "colab", "config", "machine_spec", 0, "accelerator_type"]],
	}
	some v in vs
	v.msg == "google_container_node_pool 'h100' attaches the accelerator \"nvidia-h100-80gb\", which is not on the GPU allow-list (ml.g5.*, g5.*, nvidia-l4, nvidia-tesla-t4, g2-standard-*, Standard_NC*as_T4_v3)"
}

test_unknown_types_are_never_reported if {
	u := {"__unknown__": true, "expr": "var.gpu", "refs": ["var.gpu"]}
	d := doc([res("google_container_node_pool", "p", {"node_config": [{"machine_type": u, "guest_accelerator": [{"type": u}]}]})])
	count(rule.violations) == 0 with input as d with data.params.governance.instance_types as approved
}
