package tollgate.rules.terraform.azure_key_vault_purge_protection_test

import data.tollgate.rules.terraform.azure_key_vault_purge_protection as rule

found(vs) := {[v.rule, v.path] | some v in vs}

kv(cfg) := {"resource": {"azurerm_key_vault": {"cmk": {
	"address": "azurerm_key_vault.cmk", "type": "azurerm_key_vault",
	"name": "cmk", "mode": "managed", "module": "", "config": cfg,
}}}}

test_default_is_flagged_at_the_vault if {
	vs := rule.violations with input as kv({"sku_name": "standard"})
	found(vs) == {["TG-AZ-006", ["resource", "azurerm_key_vault", "cmk"]]}
	some v in vs
	v.msg == "azurerm_key_vault 'cmk' does not set purge_protection_enabled, which defaults to false: its keys can be purged before the retention period ends"
}

test_false_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AZ-006", ["resource", "azurerm_key_vault", "cmk", "config", "purge_protection_enabled"]]} with input as kv({"purge_protection_enabled": false})
}

test_true_is_compliant if {
	count(rule.violations) == 0 with input as kv({"purge_protection_enabled": true})
}

test_unknown_is_not_a_violation if {
	v := {"__unknown__": true, "expr": "var.purge_protection", "refs": ["var.purge_protection"]}
	count(rule.violations) == 0 with input as kv({"purge_protection_enabled": v})
}
