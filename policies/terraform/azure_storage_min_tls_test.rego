package tollgate.rules.terraform.azure_storage_min_tls_test

import data.tollgate.rules.terraform.azure_storage_min_tls as rule

found(vs) := {[v.rule, v.path] | some v in vs}

sa(cfg) := {"resource": {"azurerm_storage_account": {"data": {
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account",
	"name": "data", "mode": "managed", "module": "", "config": cfg,
}}}}

test_tls10_is_flagged_at_the_attribute if {
	vs := rule.violations with input as sa({"min_tls_version": "TLS1_0"})
	found(vs) == {["TG-AZ-003", ["resource", "azurerm_storage_account", "data", "config", "min_tls_version"]]}
	some v in vs
	v.msg == "azurerm_storage_account 'data' accepts TLS versions below 1.2 (min_tls_version = \"TLS1_0\")"
}

test_tls11_is_flagged if {
	count(rule.violations) == 1 with input as sa({"min_tls_version": "TLS1_1"})
}

test_tls12_and_later_are_compliant if {
	count(rule.violations) == 0 with input as sa({"min_tls_version": "TLS1_2"})
	count(rule.violations) == 0 with input as sa({"min_tls_version": "TLS1_3"})
}

test_default_is_tls12 if {
	count(rule.violations) == 0 with input as sa({"account_tier": "Standard"})
}

test_unknown_is_not_a_violation if {
	v := {"__unknown__": true, "expr": "var.tls", "refs": ["var.tls"]}
	count(rule.violations) == 0 with input as sa({"min_tls_version": v})
}
