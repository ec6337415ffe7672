package tollgate.rules.terraform.azure_ml_compute_public_ip_test

import data.tollgate.rules.terraform.azure_ml_compute_public_ip as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

one(type, cfg) := {"resource": {type: {"c": res(type, "c", cfg)}}}

instance := "azurerm_machine_learning_compute_instance"

cluster := "azurerm_machine_learning_compute_cluster"

test_default_is_flagged_at_the_compute if {
	vs := rule.violations with input as one(instance, {"virtual_machine_size": "STANDARD_DS3_V2"})
	found(vs) == {["TG-AZ-009", ["resource", instance, "c"]]}
	some v in vs
	v.msg == "azurerm_machine_learning_compute_instance 'c' does not set node_public_ip_enabled, which defaults to true: its nodes get public IP addresses"
	found(rule.violations) == {["TG-AZ-009", ["resource", cluster, "c"]]} with input as one(cluster, {"vm_size": "Standard_NC6s_v3"})
}

test_true_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AZ-009", ["resource", cluster, "c", "config", "node_public_ip_enabled"]]} with input as one(cluster, {"node_public_ip_enabled": true})
}

test_false_is_compliant if {
	count(rule.violations) == 0 with input as one(instance, {"node_public_ip_enabled": false, "subnet_resource_id": "x"})
	count(rule.violations) == 0 with input as one(cluster, {"node_public_ip_enabled": "false"})
}

test_unknown_is_not_a_violation if {
	v := {"__unknown__": true, "expr": "var.public_ip", "refs": ["var.public_ip"]}
	count(rule.violations) == 0 with input as one(cluster, {"node_public_ip_enabled": v})
}

test_serverless_compute_with_public_ip_is_flagged if {
	d := one("azurerm_machine_learning_workspace", {"public_network_access_enabled": false, "serverless_compute": [{"public_ip_enabled": true}]})
	vs := rule.violations with input as d
	found(vs) == {["TG-AZ-009", ["resource", "azurerm_machine_learning_workspace", "c", "config", "serverless_compute", 0, "public_ip_enabled"]]}
}

test_serverless_compute_default_is_private if {
	count(rule.violations) == 0 with input as one("azurerm_machine_learning_workspace", {"serverless_compute": [{"subnet_id": "x"}]})
}
