package tollgate.rules.terraform.azure_storage_https_test

import data.tollgate.rules.terraform.azure_storage_https as rule

found(vs) := {[v.rule, v.path] | some v in vs}

sa(cfg) := {"resource": {"azurerm_storage_account": {"data": {
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account",
	"name": "data", "mode": "managed", "module": "", "config": cfg,
}}}}

test_v4_name_false_is_flagged_at_the_attribute if {
	vs := rule.violations with input as sa({"https_traffic_only_enabled": false})
	found(vs) == {["TG-AZ-002", ["resource", "azurerm_storage_account", "data", "config", "https_traffic_only_enabled"]]}
	some v in vs
	v.msg == "azurerm_storage_account 'data' sets https_traffic_only_enabled to false: it accepts unencrypted HTTP requests"
}

test_v3_name_false_is_flagged if {
	found(rule.violations) == {["TG-AZ-002", ["resource", "azurerm_storage_account", "data", "config", "enable_https_traffic_only"]]} with input as sa({"enable_https_traffic_only": "false"})
}

test_default_is_https_only if {
	count(rule.violations) == 0 with input as sa({"account_tier": "Standard"})
}

test_true_is_compliant if {
	count(rule.violations) == 0 with input as sa({"https_traffic_only_enabled": true, "enable_https_traffic_only": true})
}

test_unknown_is_not_a_violation if {
	v := {"__unknown__": true, "expr": "var.https_only", "refs": ["var.https_only"]}
	count(rule.violations) == 0 with input as sa({"https_traffic_only_enabled": v})
}
