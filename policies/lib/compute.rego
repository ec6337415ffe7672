# Compute that infrastructure asks for: instance, machine and VM types, accelerator types and
# instance counts of SageMaker, EC2, EKS, GKE, Compute Engine, Vertex AI, Workbench, Azure ML, AKS
# and Azure VMs, in Terraform and CloudFormation (TG-GOV-003, TG-GOV-004, TG-GOV-005).
package tollgate.lib.compute

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.terraform as tf

# --- Accelerated types -------------------------------------------------------------------------

# accelerated(t): an instance, machine or VM type that comes with GPUs or other accelerators.
# AWS (EC2 and SageMaker's ml.*): the P, G, Gr, Inf, Trn and DL families.
accelerated(t) if regex.match(`^(ml\.)?(p|g|gr|inf|trn|dl)[0-9][a-z0-9-]*\.[a-z0-9-]+$`, lower(t))

# Google Cloud: the accelerator-optimized A and G machine families (g1-small is a CPU type) and
# TPU VMs (ct5lp-hightpu-4t).
accelerated(t) if regex.match(`^(a[0-9]+[a-z]*|g[2-9][a-z]*|ct[0-9]+[a-z]*)-`, lower(t))

# Azure: the N series (NC, ND, NG, NV; NP are FPGAs).
accelerated(t) if regex.match(`^standard_n[a-z]+[0-9]`, lower(t))

# An accelerator type that names an accelerator (not Vertex's ACCELERATOR_TYPE_UNSPECIFIED).
real_accelerator(t) if {
	is_string(t)
	upper(t) != "ACCELERATOR_TYPE_UNSPECIFIED"
}

# --- Paths -------------------------------------------------------------------------------------

# values_at(body, pattern): every [path, value] in body whose path matches pattern, where "*"
# stands for any index of an array (a nested block or list element).
values_at(body, pattern) := {[p, v] |
	walk(body, [p, v])
	count(p) == count(pattern)
	every i, seg in pattern {
		segment(seg, p[i])
	}
}

segment("*", s) if is_number(s)

segment(seg, s) if {
	seg != "*"
	seg == s
}

# The values of the first pattern that matches anything: the ceiling of a group whose size can be
# written several ways (an autoscaling maximum before a fixed count).
first_values(body, patterns) := found[min(object.keys(found))] if {
	found := {i: vs |
		some i, pat in patterns
		vs := values_at(body, pat)
		count(vs) > 0
	}
	count(found) > 0
}

# --- Terraform ---------------------------------------------------------------------------------

# Where each resource type names instance, machine or VM types (relative to its config).
tf_type_paths := {
	"aws_eks_node_group": [["instance_types", "*"]],
	"aws_instance": [["instance_type"]],
	"aws_launch_template": [["instance_type"]],
	"aws_sagemaker_app": [["resource_spec", "*", "instance_type"]],
	"aws_sagemaker_endpoint_configuration": [
		["production_variants", "*", "instance_type"],
		["shadow_production_variants", "*", "instance_type"],
	],
	"aws_sagemaker_notebook_instance": [["instance_type"]],
	"aws_spot_instance_request": [["instance_type"]],
	"azurerm_kubernetes_cluster": [["default_node_pool", "*", "vm_size"]],
	"azurerm_kubernetes_cluster_node_pool": [["vm_size"]],
	"azurerm_linux_virtual_machine": [["size"]],
	"azurerm_linux_virtual_machine_scale_set": [["sku"]],
	"azurerm_machine_learning_compute_cluster": [["vm_size"]],
	"azurerm_machine_learning_compute_instance": [["virtual_machine_size"]],
	"azurerm_virtual_machine": [["vm_size"]],
	"azurerm_windows_virtual_machine": [["size"]],
	"azurerm_windows_virtual_machine_scale_set": [["sku"]],
	"google_colab_runtime_template": [["machine_spec", "*", "machine_type"]],
	"google_compute_instance": [["machine_type"]],
	"google_compute_instance_template": [["machine_type"]],
	"google_compute_region_instance_template": [["machine_type"]],
	"google_container_cluster": [
		["node_config", "*", "machine_type"],
		["node_pool", "*", "node_config", "*", "machine_type"],
	],
	"google_container_node_pool": [["node_config", "*", "machine_type"]],
	"google_notebooks_instance": [["machine_type"]],
	"google_vertex_ai_deployment_resource_pool": [["dedicated_resources", "*", "machine_spec", "*", "machine_type"]],
	"google_vertex_ai_index_endpoint_deployed_index": [["dedicated_resources", "*", "machine_spec", "*", "machine_type"]],
	"google_workbench_instance": [["gce_setup", "*", "machine_type"]],
}

# Where each resource type names accelerator (GPU, TPU) types.
tf_accelerator_paths := {
	"google_colab_runtime_template": [["machine_spec", "*", "accelerator_type"]],
	"google_compute_instance": [["guest_accelerator", "*", "type"]],
	"google_compute_instance_template": [["guest_accelerator", "*", "type"]],
	"google_compute_region_instance_template": [["guest_accelerator", "*", "type"]],
	"google_container_cluster": [
		["node_config", "*", "guest_accelerator", "*", "type"],
		["node_pool", "*", "node_config", "*", "guest_accelerator", "*", "type"],
	],
	"google_container_node_pool": [["node_config", "*", "guest_accelerator", "*", "type"]],
	"google_notebooks_instance": [["accelerator_config", "*", "type"]],
	"google_tpu_v2_vm": [["accelerator_type"], ["accelerator_config", "*", "type"]],
	"google_vertex_ai_deployment_resource_pool": [["dedicated_resources", "*", "machine_spec", "*", "accelerator_type"]],
	"google_workbench_instance": [["gce_setup", "*", "accelerator_configs", "*", "type"]],
}

# tf_types: every known instance, machine or VM type of the unit, with its path and resource label.
tf_types contains {"value": v, "path": array.concat(r.path, array.concat(["config"], p)), "label": r.label} if {
	some type, pats in tf_type_paths
	some r in tf.resources(type)
	some pat in pats
	some [p, v] in values_at(r.config, pat)
	is_string(v)
}

# tf_accelerators: every known accelerator type of the unit.
tf_accelerators contains {"value": v, "path": array.concat(r.path, array.concat(["config"], p)), "label": r.label} if {
	some type, pats in tf_accelerator_paths
	some r in tf.resources(type)
	some pat in pats
	some [p, v] in values_at(r.config, pat)
	real_accelerator(v)
}

# Groups of instances whose size is capped: within each scope (the resource, a node pool, a
# production variant), the ceiling is the first of `counts` that is written; the tier comes from
# the types and accelerators of the same scope, or `default` when no type is written.
tf_groups := {
	"aws_autoscaling_group": [{"scope": [], "counts": [["max_size"]], "types": [["mixed_instances_policy", "*", "launch_template", "*", "override", "*", "instance_type"]]}],
	"aws_eks_node_group": [{"scope": [], "counts": [["scaling_config", "*", "max_size"]], "types": [["instance_types", "*"]], "default": "t3.medium", "default_unless": ["launch_template"]}],
	"aws_sagemaker_endpoint_configuration": [
		{"scope": ["production_variants", "*"], "counts": [["managed_instance_scaling", "*", "max_instance_count"], ["initial_instance_count"]], "types": [["instance_type"]]},
		{"scope": ["shadow_production_variants", "*"], "counts": [["managed_instance_scaling", "*", "max_instance_count"], ["initial_instance_count"]], "types": [["instance_type"]]},
	],
	"azurerm_kubernetes_cluster": [{"scope": ["default_node_pool", "*"], "counts": [["max_count"], ["node_count"]], "types": [["vm_size"]]}],
	"azurerm_kubernetes_cluster_node_pool": [{"scope": [], "counts": [["max_count"], ["node_count"]], "types": [["vm_size"]]}],
	"azurerm_linux_virtual_machine_scale_set": [{"scope": [], "counts": [["instances"]], "types": [["sku"]]}],
	"azurerm_machine_learning_compute_cluster": [{"scope": [], "counts": [["scale_settings", "*", "max_node_count"]], "types": [["vm_size"]]}],
	"azurerm_windows_virtual_machine_scale_set": [{"scope": [], "counts": [["instances"]], "types": [["sku"]]}],
	"google_compute_instance_group_manager": [{"scope": [], "counts": [["target_size"]], "types": []}],
	"google_compute_region_instance_group_manager": [{"scope": [], "counts": [["target_size"]], "types": []}],
	"google_container_cluster": [
		{"scope": [], "counts": [["initial_node_count"]], "types": [["node_config", "*", "machine_type"]], "accelerators": [["node_config", "*", "guest_accelerator", "*", "type"]], "default": "e2-medium"},
		{"scope": ["node_pool", "*"], "counts": [["autoscaling", "*", "total_max_node_count"], ["autoscaling", "*", "max_node_count"], ["node_count"]], "types": [["node_config", "*", "machine_type"]], "accelerators": [["node_config", "*", "guest_accelerator", "*", "type"]], "default": "e2-medium"},
	],
	"google_container_node_pool": [{"scope": [], "counts": [["autoscaling", "*", "total_max_node_count"], ["autoscaling", "*", "max_node_count"], ["node_count"]], "types": [["node_config", "*", "machine_type"]], "accelerators": [["node_config", "*", "guest_accelerator", "*", "type"]], "default": "e2-medium"}],
	"google_vertex_ai_deployment_resource_pool": [{"scope": ["dedicated_resources", "*"], "counts": [["max_replica_count"], ["min_replica_count"]], "types": [["machine_spec", "*", "machine_type"]], "accelerators": [["machine_spec", "*", "accelerator_type"]]}],
}

# Virtual machines whose number is the resource's `count`.
tf_counted := {
	"aws_instance": [["instance_type"]],
	"aws_spot_instance_request": [["instance_type"]],
	"azurerm_linux_virtual_machine": [["size"]],
	"azurerm_windows_virtual_machine": [["size"]],
	"google_compute_instance": [["machine_type"]],
}

# tf_counts: every known instance count of the unit, as {"count", "path", "label", "tier"} with
# tier "gpu", "cpu" or "unknown" (a type not known statically).
tf_counts contains {"count": n, "path": array.concat(r.path, array.concat(["config"], array.concat(s, p))), "label": r.label, "tier": tier(body, g)} if {
	some type, groups in tf_groups
	some r in tf.resources(type)
	some g in groups
	some [s, body] in scopes(r.config, g.scope)
	some [p, n] in first_values(body, g.counts)
	is_number(n)
}

tf_counts contains {"count": r.resource.count, "path": array.concat(r.path, ["count"]), "label": r.label, "tier": tier(r.config, {"types": pats})} if {
	some type, pats in tf_counted
	some r in tf.resources(type)
	is_number(r.resource.count)
}

scopes(body, []) := {[[], body]}

scopes(body, scope) := values_at(body, scope) if count(scope) > 0

# The tier of a group: gpu when an accelerated type or an accelerator is named, cpu when every type
# is known and none is, unknown otherwise.
tier(body, g) := "gpu" if {
	some v in group_values(body, g, "types")
	is_string(v)
	accelerated(v)
} else := "gpu" if {
	some v in group_values(body, g, "accelerators")
	real_accelerator(v)
} else := "unknown" if {
	some v in group_values(body, g, "accelerators")
	not is_string(v)
} else := "cpu" if {
	types := group_values(body, g, "types")
	count(types) > 0
	every v in types {
		is_string(v)
	}
} else := "cpu" if {
	count(group_values(body, g, "types")) == 0
	is_string(g.default)
	not accelerated(g.default)
	not unknown_types(body, g)
	not overridden(body, g)
} else := "unknown"

# The type comes from elsewhere (an EKS node group's launch template): the default does not apply.
overridden(body, g) if {
	some key in object.get(g, "default_unless", [])
	object.get(body, key, null) != null
}

# A value that is not known sits where the group's types would be: the default may not apply.
unknown_types(body, g) if {
	some pat in g.types
	walk(object.get(body, pat[0], null), [_, v])
	unknown(v)
}

unknown(v) if tf.unknown(v)

unknown(v) if cfn.intrinsic(v)

group_values(body, g, key) := {v |
	some pat in object.get(g, key, [])
	some [_, v] in values_at(body, pat)
}

# --- CloudFormation ----------------------------------------------------------------------------

# Where each resource type names instance types (relative to its Properties).
cfn_type_paths := {
	"AWS::EC2::Instance": [["InstanceType"]],
	"AWS::EC2::LaunchTemplate": [["LaunchTemplateData", "InstanceType"]],
	"AWS::EKS::Nodegroup": [["InstanceTypes", "*"]],
	"AWS::SageMaker::App": [["ResourceSpec", "InstanceType"]],
	"AWS::SageMaker::EndpointConfig": [
		["ProductionVariants", "*", "InstanceType"],
		["ShadowProductionVariants", "*", "InstanceType"],
	],
	"AWS::SageMaker::NotebookInstance": [["InstanceType"]],
}

cfn_groups := {
	"AWS::AutoScaling::AutoScalingGroup": [{"scope": [], "counts": [["MaxSize"]], "types": [["MixedInstancesPolicy", "LaunchTemplate", "Overrides", "*", "InstanceType"]]}],
	"AWS::EKS::Nodegroup": [{"scope": [], "counts": [["ScalingConfig", "MaxSize"]], "types": [["InstanceTypes", "*"]], "default": "t3.medium", "default_unless": ["LaunchTemplate"]}],
	"AWS::SageMaker::EndpointConfig": [
		{"scope": ["ProductionVariants", "*"], "counts": [["ManagedInstanceScaling", "MaxInstanceCount"], ["InitialInstanceCount"]], "types": [["InstanceType"]]},
		{"scope": ["ShadowProductionVariants", "*"], "counts": [["ManagedInstanceScaling", "MaxInstanceCount"], ["InitialInstanceCount"]], "types": [["InstanceType"]]},
	],
}

cfn_label(r) := concat("", [r.type, " '", r.id, "'"])

# cfn_types: every instance type of the template written as a literal.
cfn_types contains {"value": v, "path": array.concat(r.path, array.concat(["Properties"], p)), "label": cfn_label(r)} if {
	some r in cfn.resources
	pats := cfn_type_paths[r.type]
	some pat in pats
	some [p, v] in values_at(r.properties, pat)
	is_string(v)
}

# cfn_counts: every instance count written as a literal (CloudFormation also takes numbers as strings).
cfn_counts contains {"count": to_number(n), "path": array.concat(r.path, array.concat(["Properties"], array.concat(s, p))), "label": cfn_label(r), "tier": tier(body, g)} if {
	some r in cfn.resources
	groups := cfn_groups[r.type]
	some g in groups
	some [s, body] in scopes(r.properties, g.scope)
	some [p, n] in first_values(body, g.counts)
	numeric(n)
}

numeric(n) if is_number(n)

numeric(n) if {
	is_string(n)
	regex.match(`^[0-9]+$`, n)
}

# --- Limits ------------------------------------------------------------------------------------

# over_limit(c, limits): {limit: description} when the count c exceeds the limit of its tier
# (`limits` as parameters.governance.max_instances); for a tier not known, the larger limit.
over_limit(c, limits) := {limits[c.tier]: concat("", ["the most for a ", c.tier, " group"])} if {
	c.tier in {"cpu", "gpu"}
	is_number(limits[c.tier])
	c.count > limits[c.tier]
}

over_limit(c, limits) := {l: "the most for any group"} if {
	c.tier == "unknown"
	is_number(limits.cpu)
	is_number(limits.gpu)
	l := max([limits.cpu, limits.gpu])
	c.count > l
}
