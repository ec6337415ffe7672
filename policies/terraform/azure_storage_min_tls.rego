# METADATA
# title: Azure storage account allows TLS below 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are being retired across Azure. A storage account
#   whose `min_tls_version` is `TLS1_0` or `TLS1_1` still negotiates them with clients that ask.
#   Since azurerm v3 the argument defaults to `TLS1_2` for new accounts, so only an explicit
#   older version is reported.
# custom:
#   id: TG-AZ-003
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `min_tls_version = "TLS1_2"` on the `azurerm_storage_account` (or remove the argument),
#     after checking in the account's logs that no client still connects with TLS 1.0 or 1.1.
#   standards:
#     nist-800-53: [SC-8, SC-13]
#     cis-azure: ["3.15"]
#   related: [CKV_AZURE_44, AVD-AZU-0011]
#   inline_waivers: true
package tollgate.rules.terraform.azure_storage_min_tls

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

# TLS1_2 and any later version.
current(v) if regex.match(`^TLS1_[2-9]$`, v)

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some sa in tf.resources("azurerm_storage_account")
	value := object.get(sa.config, "min_tls_version", null)
	is_string(value)
	not current(value)
	path := array.concat(sa.path, ["config", "min_tls_version"])
	msg := concat("", [sa.label, " accepts TLS versions below 1.2 (min_tls_version = ", json.marshal(value), ")"])
}
