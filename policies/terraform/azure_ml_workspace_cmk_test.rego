package tollgate.rules.terraform.azure_ml_workspace_cmk_test

import data.tollgate.rules.terraform.azure_ml_workspace_cmk as rule

found(vs) := {[v.rule, v.path] | some v in vs}

ws(cfg) := {"resource": {"azurerm_machine_learning_workspace": {"ml": {
	"address": "azurerm_machine_learning_workspace.ml", "type": "azurerm_machine_learning_workspace",
	"name": "ml", "mode": "managed", "module": "", "config": cfg,
}}}}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

cmk := {"key_vault_id": unknown("azurerm_key_vault.cmk.id"), "key_id": unknown("azurerm_key_vault_key.cmk.id")}

test_missing_encryption_is_flagged_at_the_workspace if {
	vs := rule.violations with input as ws({"name": "ml"})
	found(vs) == {["TG-AZ-001", ["resource", "azurerm_machine_learning_workspace", "ml"]]}
	some v in vs
	v.msg == "azurerm_machine_learning_workspace 'ml' has no encryption block: its data is encrypted with Microsoft-managed keys, not a customer-managed Key Vault key"
}

test_encryption_block_is_compliant if {
	count(rule.violations) == 0 with input as ws({"encryption": [cmk]})
}

test_dynamic_encryption_with_unknown_collection_is_not_a_violation if {
	block := object.union(cmk, {"__dynamic__": true, "__for_each__": unknown("var.cmk")})
	count(rule.violations) == 0 with input as ws({"encryption": [block]})
}

test_dynamic_encryption_with_empty_collection_is_flagged if {
	block := object.union(cmk, {"__dynamic__": true, "__for_each__": []})
	count(rule.violations) == 1 with input as ws({"encryption": [block]})
}

test_unresolved_encryption_value_is_not_a_violation if {
	count(rule.violations) == 0 with input as ws({"encryption": unknown("var.encryption")})
}

test_workspace_with_count_zero_is_ignored if {
	d := {"resource": {"azurerm_machine_learning_workspace": {"ml": {
		"address": "azurerm_machine_learning_workspace.ml", "type": "azurerm_machine_learning_workspace",
		"name": "ml", "mode": "managed", "module": "", "count": 0, "config": {},
	}}}}
	count(rule.violations) == 0 with input as d
}
