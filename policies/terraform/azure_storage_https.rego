# METADATA
# title: Azure storage account accepts unencrypted HTTP
# description: >-
#   A storage account that does not require secure transfer accepts requests over plain HTTP (and
#   SMB without encryption), so training data, model artefacts and the account's SAS tokens can
#   be read or changed on the wire. The argument is `https_traffic_only_enabled` in azurerm v4
#   and `enable_https_traffic_only` in v2 and v3; both default to true, so only an explicit
#   false is reported.
# custom:
#   id: TG-AZ-002
#   severity: high
#   owner: infosec
#   remediation: >-
#     Remove the argument or set `https_traffic_only_enabled = true` (azurerm v4;
#     `enable_https_traffic_only = true` in v3). Clients that still use HTTP must move to HTTPS
#     first.
#   standards:
#     nist-800-53: [SC-8, SC-8(1)]
#     cis-azure: ["3.1"]
#   related: [CKV_AZURE_3, AVD-AZU-0008]
#   inline_waivers: true
package tollgate.rules.terraform.azure_storage_https

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

names := ["https_traffic_only_enabled", "enable_https_traffic_only"]

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some sa in tf.resources("azurerm_storage_account")
	some s in azure.settings(sa.config, names)
	values.falsy(s.value)
	path := array.concat(sa.path, ["config", s.name])
	msg := concat("", [sa.label, " sets ", s.name, " to false: it accepts unencrypted HTTP requests"])
}
