# METADATA
# title: Azure ML workspace reachable from public networks
# description: >-
#   A Machine Learning workspace with public network access accepts API, studio and notebook
#   traffic from the whole internet, so a leaked token or a misconfigured role is enough to reach
#   experiments, data assets and registered models. Access should go through private endpoints.
#   `public_network_access_enabled` defaults to true, so leaving it out is reported; the azurerm
#   v3 argument `public_access_behind_virtual_network_enabled = true` is reported too.
# custom:
#   id: TG-AZ-008
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Set `public_network_access_enabled = false` on the `azurerm_machine_learning_workspace` and
#     reach it through an `azurerm_private_endpoint` (subresource `amlworkspace`) with private DNS
#     zones for api.azureml.ms and notebooks.azure.net, or a managed virtual network
#     (`managed_network { isolation_mode = "AllowOnlyApprovedOutbound" }`).
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: [CKV_AZURE_144]
#   inline_waivers: true
package tollgate.rules.terraform.azure_ml_workspace_public_access

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

attributes := ["public_network_access_enabled", "public_access_behind_virtual_network_enabled"]

# The v3 argument is true: reported on its own, not as a missing setting as well.
public_behind_vnet(cfg) if values.truthy(cfg.public_access_behind_virtual_network_enabled)

violations contains result.violation(rego.metadata.chain(), ws.path, msg) if {
	some ws in tf.resources("azurerm_machine_learning_workspace")
	not azure.is_set(ws.config, "public_network_access_enabled")
	not public_behind_vnet(ws.config)
	msg := concat("", [ws.label, " does not set public_network_access_enabled, which defaults to true: the workspace is reachable from the internet"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some ws in tf.resources("azurerm_machine_learning_workspace")
	some name in attributes
	values.truthy(ws.config[name])
	path := array.concat(ws.path, ["config", name])
	msg := concat("", [ws.label, " sets ", name, " to true: the workspace is reachable from the internet"])
}
