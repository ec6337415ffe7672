# METADATA
# title: Azure VM network interface with a public IP address
# description: >-
#   A public IP address on a virtual machine's network interface makes the machine (a GPU training
#   box, an inference server, a jump host) directly reachable from the internet, and one NSG
#   mistake away from exposure. A network interface is reported when an `ip_configuration` sets
#   `public_ip_address_id` to a reference to an `azurerm_public_ip` or to a literal resource ID;
#   a value tollgate cannot resolve (a variable without a value, which may be null) is not. A
#   virtual machine scale set is reported when an `ip_configuration` of its `network_interface`
#   has a `public_ip_address` block, which gives every instance a public address.
# custom:
#   id: TG-AZ-012
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Remove `public_ip_address_id` from the `ip_configuration` (and the `public_ip_address` block
#     from scale sets). Reach machines through Azure Bastion or a VPN, publish services through a
#     load balancer or application gateway, and send egress through a NAT gateway.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: [CKV_AZURE_119, AVD-AZU-0076]
#   inline_waivers: true
package tollgate.rules.terraform.azure_vm_public_ip

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

scale_set_types := [
	"azurerm_linux_virtual_machine_scale_set",
	"azurerm_windows_virtual_machine_scale_set",
	"azurerm_orchestrated_virtual_machine_scale_set",
]

# public_ip(v): a public_ip_address_id that certainly names a public IP address.
public_ip(v) if {
	is_string(v)
	trim_space(v) != ""
}

public_ip(v) if {
	is_string(v.ref)
	regex.match(`^(data\.)?azurerm_public_ip\.`, v.ref)
}

# How a message names the public IP.
describe(v) := v.ref if is_string(v.ref)

else := json.marshal(v)

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some nic in tf.resources("azurerm_network_interface")
	some ip in tf.blocks(nic.config, "ip_configuration")
	value := ip.block.public_ip_address_id
	public_ip(value)
	path := array.concat(array.concat(nic.path, ["config"]), array.concat(ip.path, ["public_ip_address_id"]))
	msg := concat("", [nic.label, " attaches public IP address ", describe(value), ": the machine using it is reachable from the internet"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some type in scale_set_types
	some vmss in tf.resources(type)
	some ni in tf.blocks(vmss.config, "network_interface")
	some ip in tf.blocks(ni.block, "ip_configuration")
	some pip in azure.existing_blocks(ip.block, "public_ip_address")
	path := array.concat(array.concat(vmss.path, ["config"]), array.concat(array.concat(ni.path, ip.path), pip.path))
	msg := concat("", [vmss.label, " gives every instance a public IP address (public_ip_address block): they are reachable from the internet"])
}
