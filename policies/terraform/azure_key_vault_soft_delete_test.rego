package tollgate.rules.terraform.azure_key_vault_soft_delete_test

import data.tollgate.rules.terraform.azure_key_vault_soft_delete as rule

found(vs) := {[v.rule, v.path] | some v in vs}

kv(cfg) := {"resource": {"azurerm_key_vault": {"cmk": {
	"address": "azurerm_key_vault.cmk", "type": "azurerm_key_vault",
	"name": "cmk", "mode": "managed", "module": "", "config": cfg,
}}}}

test_soft_delete_disabled_is_flagged_at_the_attribute if {
	vs := rule.violations with input as kv({"soft_delete_enabled": false})
	found(vs) == {["TG-AZ-007", ["resource", "azurerm_key_vault", "cmk", "config", "soft_delete_enabled"]]}
	some v in vs
	v.msg == "azurerm_key_vault 'cmk' sets soft_delete_enabled to false: deleted keys and secrets cannot be recovered"
}

test_defaults_are_compliant if {
	count(rule.violations) == 0 with input as kv({"sku_name": "standard"})
	count(rule.violations) == 0 with input as kv({"soft_delete_enabled": true, "soft_delete_retention_days": 7})
}

test_short_retention_is_flagged_against_the_parameter if {
	d := kv({"soft_delete_retention_days": 30})
	vs := rule.violations with input as d with data.params.azure.key_vault_min_soft_delete_retention_days as 90
	found(vs) == {["TG-AZ-007", ["resource", "azurerm_key_vault", "cmk", "config", "soft_delete_retention_days"]]}
	some v in vs
	v.msg == "azurerm_key_vault 'cmk' keeps deleted objects for 30 days, fewer than the required 90"
}

test_retention_as_string_is_read if {
	count(rule.violations) == 1 with input as kv({"soft_delete_retention_days": "14"}) with data.params.azure.key_vault_min_soft_delete_retention_days as 30
}

test_retention_at_the_minimum_is_compliant if {
	count(rule.violations) == 0 with input as kv({"soft_delete_retention_days": 90}) with data.params.azure.key_vault_min_soft_delete_retention_days as 90
}

test_unknown_values_are_not_violations if {
	v := {"__unknown__": true, "expr": "var.x", "refs": ["var.x"]}
	count(rule.violations) == 0 with input as kv({"soft_delete_enabled": v, "soft_delete_retention_days": v}) with data.params.azure.key_vault_min_soft_delete_retention_days as 90
}
