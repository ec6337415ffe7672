# METADATA
# title: Azure Key Vault soft delete disabled or too short
# description: >-
#   Soft delete keeps a deleted vault, key, secret or certificate recoverable for
#   `soft_delete_retention_days` (7 to 90, default 90). azurerm v2 could switch it off with
#   `soft_delete_enabled = false`; Azure now enables it on every vault, but a configuration that
#   still says false is reported, as is a retention period shorter than the organisation's
#   minimum (`parameters.azure.key_vault_min_soft_delete_retention_days`, default 7, the
#   shortest Azure allows). Leaving both arguments out gives 90 days and is compliant.
# custom:
#   id: TG-AZ-007
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Remove `soft_delete_enabled = false` and set `soft_delete_retention_days` to at least the
#     organisation's minimum (or leave it out for 90 days). The retention period cannot be changed
#     after the vault is created.
#   standards:
#     nist-800-53: [CP-9, SC-12]
#     cis-azure: ["8.5"]
#   related: [CKV_AZURE_111, CKV_AZURE_42]
#   inline_waivers: true
package tollgate.rules.terraform.azure_key_vault_soft_delete

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some kv in tf.resources("azurerm_key_vault")
	values.falsy(kv.config.soft_delete_enabled)
	path := array.concat(kv.path, ["config", "soft_delete_enabled"])
	msg := concat("", [kv.label, " sets soft_delete_enabled to false: deleted keys and secrets cannot be recovered"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some kv in tf.resources("azurerm_key_vault")
	days := retention_days(kv.config.soft_delete_retention_days)
	minimum := data.params.azure.key_vault_min_soft_delete_retention_days
	days < minimum
	path := array.concat(kv.path, ["config", "soft_delete_retention_days"])
	msg := concat("", [kv.label, " keeps deleted objects for ", format_int(days, 10), " days, fewer than the required ", format_int(minimum, 10)])
}

# The retention period, when it is known: a number, or a string of digits.
retention_days(v) := v if is_number(v)

retention_days(v) := to_number(v) if {
	is_string(v)
	regex.match(`^[0-9]+$`, v)
}
