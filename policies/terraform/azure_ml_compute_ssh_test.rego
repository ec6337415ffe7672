package tollgate.rules.terraform.azure_ml_compute_ssh_test

import data.tollgate.rules.terraform.azure_ml_compute_ssh as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

one(type, cfg) := {"resource": {type: {"c": res(type, "c", cfg)}}}

instance := "azurerm_machine_learning_compute_instance"

cluster := "azurerm_machine_learning_compute_cluster"

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

test_instance_ssh_block_is_flagged_at_the_block if {
	vs := rule.violations with input as one(instance, {"ssh": [{"public_key": "ssh-rsa AAAA"}]})
	found(vs) == {["TG-AZ-010", ["resource", instance, "c", "config", "ssh", 0]]}
	some v in vs
	v.msg == "azurerm_machine_learning_compute_instance 'c' has an ssh block, which opens its SSH port to public access"
}

test_instance_without_ssh_is_compliant if {
	count(rule.violations) == 0 with input as one(instance, {"virtual_machine_size": "STANDARD_DS3_V2"})
}

test_dynamic_ssh_block_with_unknown_collection_is_not_a_violation if {
	block := {"public_key": unknown("ssh.value"), "__dynamic__": true, "__for_each__": unknown("var.ssh_keys")}
	count(rule.violations) == 0 with input as one(instance, {"ssh": [block]})
}

test_dynamic_ssh_block_with_known_collection_is_flagged if {
	block := {"public_key": unknown("ssh.value"), "__dynamic__": true, "__for_each__": ["ssh-rsa AAAA"]}
	count(rule.violations) == 1 with input as one(instance, {"ssh": [block]})
}

test_cluster_public_ssh_is_flagged_at_the_attribute if {
	vs := rule.violations with input as one(cluster, {"ssh_public_access_enabled": true, "ssh": [{"admin_username": "azureuser"}]})
	found(vs) == {["TG-AZ-010", ["resource", cluster, "c", "config", "ssh_public_access_enabled"]]}
	some v in vs
	v.msg == "azurerm_machine_learning_compute_cluster 'c' sets ssh_public_access_enabled to true: its nodes' SSH port is open to public access"
}

test_cluster_default_and_false_are_compliant if {
	count(rule.violations) == 0 with input as one(cluster, {"ssh": [{"admin_username": "azureuser"}]})
	count(rule.violations) == 0 with input as one(cluster, {"ssh_public_access_enabled": false})
}

test_unknown_is_not_a_violation if {
	count(rule.violations) == 0 with input as one(cluster, {"ssh_public_access_enabled": unknown("var.ssh")})
}
