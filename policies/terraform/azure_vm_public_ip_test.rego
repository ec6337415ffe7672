package tollgate.rules.terraform.azure_vm_public_ip_test

import data.tollgate.rules.terraform.azure_vm_public_ip as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

nic(ips) := {"resource": {"azurerm_network_interface": {"gpu": res("azurerm_network_interface", "gpu", {"ip_configuration": ips})}}}

vmss(ips) := {"resource": {"azurerm_linux_virtual_machine_scale_set": {"workers": res("azurerm_linux_virtual_machine_scale_set", "workers", {"network_interface": [{"name": "nic", "ip_configuration": ips}]})}}}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

test_reference_to_a_public_ip_is_flagged_at_the_attribute if {
	vs := rule.violations with input as nic([{"name": "internal", "public_ip_address_id": ref("azurerm_public_ip.gpu.id")}])
	found(vs) == {["TG-AZ-012", ["resource", "azurerm_network_interface", "gpu", "config", "ip_configuration", 0, "public_ip_address_id"]]}
	some v in vs
	v.msg == "azurerm_network_interface 'gpu' attaches public IP address azurerm_public_ip.gpu.id: the machine using it is reachable from the internet"
}

test_literal_resource_id_is_flagged if {
	id := "/subscriptions/0000/resourceGroups/ml/providers/Microsoft.Network/publicIPAddresses/gpu"
	count(rule.violations) == 1 with input as nic([{"public_ip_address_id": id}])
	count(rule.violations) == 1 with input as nic([{"public_ip_address_id": ref("data.azurerm_public_ip.shared.id")}])
	count(rule.violations) == 1 with input as nic([{"public_ip_address_id": ref("azurerm_public_ip.pool[0].id")}])
}

test_private_only_and_unresolved_values_are_compliant if {
	count(rule.violations) == 0 with input as nic([{"name": "internal", "private_ip_address_allocation": "Dynamic"}])
	count(rule.violations) == 0 with input as nic([{"public_ip_address_id": null}])
	count(rule.violations) == 0 with input as nic([{"public_ip_address_id": ""}])
	count(rule.violations) == 0 with input as nic([{"public_ip_address_id": unknown("var.public_ip_id")}])
	count(rule.violations) == 0 with input as nic([{"public_ip_address_id": ref("ip_configuration.value.public_ip")}])
}

test_scale_set_public_ip_block_is_flagged if {
	vs := rule.violations with input as vmss([{"name": "internal", "public_ip_address": [{"name": "pip"}]}])
	found(vs) == {["TG-AZ-012", ["resource", "azurerm_linux_virtual_machine_scale_set", "workers", "config", "network_interface", 0, "ip_configuration", 0, "public_ip_address", 0]]}
	some v in vs
	v.msg == "azurerm_linux_virtual_machine_scale_set 'workers' gives every instance a public IP address (public_ip_address block): they are reachable from the internet"
}

test_scale_set_without_public_ip_or_with_unknown_dynamic_block_is_compliant if {
	count(rule.violations) == 0 with input as vmss([{"name": "internal", "primary": true}])
	dyn := {"name": unknown("public_ip_address.value"), "__dynamic__": true, "__for_each__": unknown("var.public_ips")}
	count(rule.violations) == 0 with input as vmss([{"name": "internal", "public_ip_address": [dyn]}])
}
