package tollgate.rules.terraform.azure_ml_workspace_public_access_test

import data.tollgate.rules.terraform.azure_ml_workspace_public_access as rule

found(vs) := {[v.rule, v.path] | some v in vs}

ws(cfg) := {"resource": {"azurerm_machine_learning_workspace": {"ml": {
	"address": "azurerm_machine_learning_workspace.ml", "type": "azurerm_machine_learning_workspace",
	"name": "ml", "mode": "managed", "module": "", "config": cfg,
}}}}

test_default_is_flagged_at_the_workspace if {
	vs := rule.violations with input as ws({"name": "ml"})
	found(vs) == {["TG-AZ-008", ["resource", "azurerm_machine_learning_workspace", "ml"]]}
	some v in vs
	v.msg == "azurerm_machine_learning_workspace 'ml' does not set public_network_access_enabled, which defaults to true: the workspace is reachable from the internet"
}

test_true_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AZ-008", ["resource", "azurerm_machine_learning_workspace", "ml", "config", "public_network_access_enabled"]]} with input as ws({"public_network_access_enabled": true})
}

test_v3_public_access_behind_vnet_is_flagged_once if {
	found(rule.violations) == {["TG-AZ-008", ["resource", "azurerm_machine_learning_workspace", "ml", "config", "public_access_behind_virtual_network_enabled"]]} with input as ws({"public_access_behind_virtual_network_enabled": true})
}

test_false_is_compliant if {
	count(rule.violations) == 0 with input as ws({"public_network_access_enabled": false})
	count(rule.violations) == 0 with input as ws({"public_network_access_enabled": false, "public_access_behind_virtual_network_enabled": false})
}

test_unknown_is_not_a_violation if {
	v := {"__unknown__": true, "expr": "var.public", "refs": ["var.public"]}
	count(rule.violations) == 0 with input as ws({"public_network_access_enabled": v})
}
