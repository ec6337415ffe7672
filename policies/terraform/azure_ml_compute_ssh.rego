# METADATA
# title: Azure ML compute with public SSH access
# description: >-
#   An SSH port open to the internet on ML compute invites brute-force and key-theft attacks on
#   nodes that hold data, credentials and the workspace's managed identity. On a compute instance
#   an `ssh` block turns public SSH access on (the provider sets SshPublicAccess to Enabled when
#   the block is present); on a compute cluster `ssh_public_access_enabled = true` does. The
#   cluster's current provider default is disabled, so only an explicit true is reported. A
#   dynamic `ssh` block whose collection is not known statically is not reported.
# custom:
#   id: TG-AZ-010
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Remove the `ssh` block from `azurerm_machine_learning_compute_instance` and set
#     `ssh_public_access_enabled = false` on `azurerm_machine_learning_compute_cluster`. Use the
#     studio's terminal, VS Code remote through the workspace, or Azure Bastion into the virtual
#     network instead.
#   standards:
#     nist-800-53: [AC-17, SC-7]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.azure_ml_compute_ssh

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in tf.resources("azurerm_machine_learning_compute_instance")
	some s in azure.existing_blocks(c.config, "ssh")
	path := array.concat(array.concat(c.path, ["config"]), s.path)
	msg := concat("", [c.label, " has an ssh block, which opens its SSH port to public access"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in tf.resources("azurerm_machine_learning_compute_cluster")
	values.truthy(c.config.ssh_public_access_enabled)
	path := array.concat(c.path, ["config", "ssh_public_access_enabled"])
	msg := concat("", [c.label, " sets ssh_public_access_enabled to true: its nodes' SSH port is open to public access"])
}
