# METADATA
# title: Azure ML workspace without a customer-managed key
# description: >-
#   An Azure Machine Learning workspace holds run history, metrics, environments, model metadata
#   and the indexes of its datastores. Without an `encryption` block that names a Key Vault key
#   (`key_vault_id` and `key_id`), all of it is encrypted with Microsoft-managed keys that the
#   organisation can neither audit nor revoke. The block can only be set when the workspace is
#   created. A dynamic `encryption` block whose collection is not known statically, or an
#   `encryption` value tollgate cannot resolve, counts as configured.
# custom:
#   id: TG-AZ-001
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Add `encryption { key_vault_id = azurerm_key_vault.<kv>.id, key_id =
#     azurerm_key_vault_key.<key>.id }` to the `azurerm_machine_learning_workspace` (with
#     `user_assigned_identity_id` when the workspace uses a user-assigned identity that holds
#     the key permissions). The workspace is replaced, so plan the migration of its assets.
#   standards:
#     nist-800-53: [SC-12, SC-28]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.azure_ml_workspace_cmk

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), ws.path, msg) if {
	some ws in tf.resources("azurerm_machine_learning_workspace")
	not azure.may_have_block(ws.config, "encryption")
	msg := concat("", [ws.label, " has no encryption block: its data is encrypted with Microsoft-managed keys, not a customer-managed Key Vault key"])
}
