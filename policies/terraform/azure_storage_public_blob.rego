# METADATA
# title: Azure storage allows public (anonymous) blob access
# description: >-
#   When a storage account allows nested items to be public, any container in it can be switched
#   to anonymous read access, and one such setting publishes a training set or a model to the
#   internet. The account-level switch is `allow_nested_items_to_be_public` (azurerm v3 and v4,
#   default true, so leaving it out is reported) or `allow_blob_public_access` (v2, default
#   false). An account whose `account_kind` is FileStorage (it has no blobs) or is not known
#   statically is not reported for the default. A storage container whose
#   `container_access_type` is `blob` or `container` is reported too.
# custom:
#   id: TG-AZ-004
#   severity: high
#   owner: infosec
#   remediation: >-
#     Set `allow_nested_items_to_be_public = false` on every `azurerm_storage_account` and keep
#     `container_access_type = "private"` (the default) on `azurerm_storage_container`. Share data
#     through Entra ID roles, user-delegation SAS or private endpoints, not anonymous access.
#   standards:
#     nist-800-53: [AC-3, AC-14]
#     cis-azure: ["3.7"]
#   related: [CKV_AZURE_190, CKV_AZURE_34, AVD-AZU-0007]
#   inline_waivers: true
package tollgate.rules.terraform.azure_storage_public_blob

import data.tollgate.lib.azure
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

names := ["allow_nested_items_to_be_public", "allow_blob_public_access"]

# File shares only: no blob containers to publish. An account kind that is not known statically
# may be that one.
may_be_file_storage(cfg) if lower(cfg.account_kind) == "filestorage"

may_be_file_storage(cfg) if tf.unknown(cfg.account_kind)

violations contains result.violation(rego.metadata.chain(), sa.path, msg) if {
	some sa in tf.resources("azurerm_storage_account")
	azure.unset(sa.config, names)
	not may_be_file_storage(sa.config)
	msg := concat("", [sa.label, " does not set allow_nested_items_to_be_public, which defaults to true: its containers can be made public"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some sa in tf.resources("azurerm_storage_account")
	some s in azure.settings(sa.config, names)
	values.truthy(s.value)
	path := array.concat(sa.path, ["config", s.name])
	msg := concat("", [sa.label, " sets ", s.name, " to true: its containers can be made public"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in tf.resources("azurerm_storage_container")
	value := object.get(c.config, "container_access_type", null)
	is_string(value)
	lower(value) in {"blob", "container"}
	path := array.concat(c.path, ["config", "container_access_type"])
	msg := concat("", [c.label, " allows anonymous read access (container_access_type = ", json.marshal(value), ")"])
}
