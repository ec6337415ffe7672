package tollgate.rules.terraform.azure_storage_public_blob_test

import data.tollgate.rules.terraform.azure_storage_public_blob as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

sa(cfg) := {"resource": {"azurerm_storage_account": {"data": res("azurerm_storage_account", "data", cfg)}}}

container(cfg) := {"resource": {"azurerm_storage_container": {"models": res("azurerm_storage_container", "models", cfg)}}}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

test_default_is_flagged_at_the_account if {
	vs := rule.violations with input as sa({"account_tier": "Standard"})
	found(vs) == {["TG-AZ-004", ["resource", "azurerm_storage_account", "data"]]}
	some v in vs
	v.msg == "azurerm_storage_account 'data' does not set allow_nested_items_to_be_public, which defaults to true: its containers can be made public"
}

test_true_is_flagged_at_the_attribute if {
	vs := rule.violations with input as sa({"allow_nested_items_to_be_public": true})
	found(vs) == {["TG-AZ-004", ["resource", "azurerm_storage_account", "data", "config", "allow_nested_items_to_be_public"]]}
}

test_v2_name_is_honoured if {
	count(rule.violations) == 0 with input as sa({"allow_blob_public_access": false})
	found(rule.violations) == {["TG-AZ-004", ["resource", "azurerm_storage_account", "data", "config", "allow_blob_public_access"]]} with input as sa({"allow_blob_public_access": "true"})
}

test_false_is_compliant if {
	count(rule.violations) == 0 with input as sa({"allow_nested_items_to_be_public": false})
}

test_unknown_is_not_a_violation if {
	count(rule.violations) == 0 with input as sa({"allow_nested_items_to_be_public": unknown("var.public")})
}

test_file_storage_account_is_not_flagged_for_the_default if {
	count(rule.violations) == 0 with input as sa({"account_kind": "FileStorage"})
	count(rule.violations) == 0 with input as sa({"account_kind": unknown("var.kind")})
	count(rule.violations) == 1 with input as sa({"account_kind": "StorageV2"})
}

test_public_container_is_flagged_at_its_access_type if {
	vs := rule.violations with input as container({"container_access_type": "blob"})
	found(vs) == {["TG-AZ-004", ["resource", "azurerm_storage_container", "models", "config", "container_access_type"]]}
	some v in vs
	v.msg == "azurerm_storage_container 'models' allows anonymous read access (container_access_type = \"blob\")"
}

test_private_and_unknown_containers_are_compliant if {
	count(rule.violations) == 0 with input as container({"container_access_type": "private"})
	count(rule.violations) == 0 with input as container({"name": "models"})
	count(rule.violations) == 0 with input as container({"container_access_type": unknown("var.access")})
}
