package tollgate.rules.terraform.azure_storage_infrastructure_encryption_test

import data.tollgate.rules.terraform.azure_storage_infrastructure_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

sa(cfg) := {"resource": {"azurerm_storage_account": {"data": {
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account",
	"name": "data", "mode": "managed", "module": "", "config": cfg,
}}}}

test_default_is_flagged_at_the_account if {
	vs := rule.violations with input as sa({"account_tier": "Standard"})
	found(vs) == {["TG-AZ-005", ["resource", "azurerm_storage_account", "data"]]}
	some v in vs
	v.msg == "azurerm_storage_account 'data' does not set infrastructure_encryption_enabled, which defaults to false: its data is encrypted once, not twice"
}

test_false_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AZ-005", ["resource", "azurerm_storage_account", "data", "config", "infrastructure_encryption_enabled"]]} with input as sa({"infrastructure_encryption_enabled": false})
}

test_true_is_compliant if {
	count(rule.violations) == 0 with input as sa({"infrastructure_encryption_enabled": true})
}

test_unknown_is_not_a_violation if {
	v := {"__unknown__": true, "expr": "var.double_encryption", "refs": ["var.double_encryption"]}
	count(rule.violations) == 0 with input as sa({"infrastructure_encryption_enabled": v})
}
