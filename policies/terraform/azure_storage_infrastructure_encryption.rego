# METADATA
# title: Azure storage account without infrastructure encryption
# description: >-
#   Infrastructure encryption adds a second layer of AES-256 encryption, with a different key and
#   algorithm, below Azure Storage's service-level encryption, so one compromised key or
#   implementation flaw does not expose the data. It can only be chosen when the account is
#   created: `infrastructure_encryption_enabled` defaults to false, so leaving it out is
#   reported. It is available for StorageV2 accounts and for Premium BlockBlobStorage and
#   FileStorage accounts.
# custom:
#   id: TG-AZ-005
#   severity: low
#   owner: infosec
#   remediation: >-
#     Set `infrastructure_encryption_enabled = true` on the `azurerm_storage_account` (with
#     `account_kind = "StorageV2"`, the default). Existing accounts are replaced: copy their data
#     to a new account first.
#   standards:
#     nist-800-53: [SC-28, SC-28(1)]
#     cis-azure: ["3.2"]
#   related: [AVD-AZU-0061]
#   inline_waivers: true
package tollgate.rules.terraform.azure_storage_infrastructure_encryption

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

violations contains result.violation(rego.metadata.chain(), sa.path, msg) if {
	some sa in tf.resources("azurerm_storage_account")
	not azure.is_set(sa.config, "infrastructure_encryption_enabled")
	msg := concat("", [sa.label, " does not set infrastructure_encryption_enabled, which defaults to false: its data is encrypted once, not twice"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some sa in tf.resources("azurerm_storage_account")
	values.falsy(sa.config.infrastructure_encryption_enabled)
	path := array.concat(sa.path, ["config", "infrastructure_encryption_enabled"])
	msg := concat("", [sa.label, " sets infrastructure_encryption_enabled to false: its data is encrypted once, not twice"])
}
