# METADATA
# title: Cloud Storage bucket without a customer-managed default key
# description: >-
#   Training data, features and model artefacts in Cloud Storage must be encrypted at rest with a
#   key the organisation controls, so that every use of the key is logged and access can be
#   revoked by disabling it. A google_storage_bucket without an `encryption` block (or with an
#   empty default_kms_key_name) encrypts new objects with a Google-managed key. An unresolved key
#   name, or a dynamic encryption block, is not reported.
# custom:
#   id: TG-GCP-003
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Add `encryption { default_kms_key_name = google_kms_crypto_key.<key>.id }` with a key in the
#     bucket's location, and grant the Cloud Storage service agent
#     (service-<project-number>@gs-project-accounts.iam.gserviceaccount.com)
#     roles/cloudkms.cryptoKeyEncrypterDecrypter on it. Objects written before the change keep
#     their old key until rewritten.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: [CKV_GCP_5, AVD-GCP-0066]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_storage_cmek

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	some b in tf.resources("google_storage_bucket")
	gcp.missing(b.config, "encryption")
	msg := concat("", [b.label, " has no encryption.default_kms_key_name, so objects are encrypted with a Google-managed key"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some b in tf.resources("google_storage_bucket")
	some e in tf.blocks(b.config, "encryption")
	gcp.missing(e.block, "default_kms_key_name")
	path := array.concat(array.concat(b.path, ["config"]), e.path)
	msg := concat("", [b.label, " has an encryption block without default_kms_key_name"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some b in tf.resources("google_storage_bucket")
	some e in tf.blocks(b.config, "encryption")
	gcp.blank(e.block.default_kms_key_name)
	path := array.concat(array.concat(b.path, ["config"]), array.concat(e.path, ["default_kms_key_name"]))
	msg := concat("", [b.label, " sets default_kms_key_name to an empty string, so objects are encrypted with a Google-managed key"])
}
