# METADATA
# title: Azure Key Vault without purge protection
# description: >-
#   Without purge protection, a deleted Key Vault and its keys can be purged at once, before the
#   soft-delete retention period ends: one mistaken or malicious purge destroys the customer-
#   managed keys of storage accounts and ML workspaces, and the data they encrypt becomes
#   unreadable for good. `purge_protection_enabled` defaults to false, so leaving it out is
#   reported. Once enabled it cannot be turned off.
# custom:
#   id: TG-AZ-006
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `purge_protection_enabled = true` on the `azurerm_key_vault`. Deleted vaults then stay
#     recoverable for the whole `soft_delete_retention_days`, and their names stay reserved for
#     that time.
#   standards:
#     nist-800-53: [CP-9, SC-12]
#     cis-azure: ["8.5"]
#   related: [CKV_AZURE_110, CKV_AZURE_42, AVD-AZU-0016]
#   inline_waivers: true
package tollgate.rules.terraform.azure_key_vault_purge_protection

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

violations contains result.violation(rego.metadata.chain(), kv.path, msg) if {
	some kv in tf.resources("azurerm_key_vault")
	not azure.is_set(kv.config, "purge_protection_enabled")
	msg := concat("", [kv.label, " does not set purge_protection_enabled, which defaults to false: its keys can be purged before the retention period ends"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some kv in tf.resources("azurerm_key_vault")
	values.falsy(kv.config.purge_protection_enabled)
	path := array.concat(kv.path, ["config", "purge_protection_enabled"])
	msg := concat("", [kv.label, " sets purge_protection_enabled to false: its keys can be purged before the retention period ends"])
}
