# METADATA
# title: Azure ML compute with a public IP address
# description: >-
#   Compute instances and compute clusters of Azure Machine Learning get a public IP address on
#   every node unless `node_public_ip_enabled = false`; the argument defaults to true, so leaving
#   it out is reported. Nodes with public addresses can be reached from, and send data to, the
#   internet around the virtual network's controls. Serverless compute of a workspace with
#   `serverless_compute { public_ip_enabled = true }` is reported too.
# custom:
#   id: TG-AZ-009
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Set `node_public_ip_enabled = false` and `subnet_resource_id` on
#     `azurerm_machine_learning_compute_instance` and `azurerm_machine_learning_compute_cluster`
#     (or run the workspace in a managed virtual network), and `public_ip_enabled = false` in the
#     workspace's `serverless_compute` block. Route egress through a NAT gateway or firewall.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.azure_ml_compute_public_ip

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

compute_types := ["azurerm_machine_learning_compute_instance", "azurerm_machine_learning_compute_cluster"]

violations contains result.violation(rego.metadata.chain(), c.path, msg) if {
	some type in compute_types
	some c in tf.resources(type)
	not azure.is_set(c.config, "node_public_ip_enabled")
	msg := concat("", [c.label, " does not set node_public_ip_enabled, which defaults to true: its nodes get public IP addresses"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some type in compute_types
	some c in tf.resources(type)
	values.truthy(c.config.node_public_ip_enabled)
	path := array.concat(c.path, ["config", "node_public_ip_enabled"])
	msg := concat("", [c.label, " sets node_public_ip_enabled to true: its nodes get public IP addresses"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some ws in tf.resources("azurerm_machine_learning_workspace")
	some s in tf.blocks(ws.config, "serverless_compute")
	values.truthy(s.block.public_ip_enabled)
	path := array.concat(array.concat(ws.path, ["config"]), array.concat(s.path, ["public_ip_enabled"]))
	msg := concat("", [ws.label, " gives its serverless compute public IP addresses (serverless_compute.public_ip_enabled = true)"])
}
