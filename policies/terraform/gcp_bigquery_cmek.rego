# METADATA
# title: BigQuery dataset without a customer-managed default key
# description: >-
#   Feature tables, labels and evaluation results in BigQuery must be encrypted with a key the
#   organisation controls. A google_bigquery_dataset without
#   default_encryption_configuration.kms_key_name creates its tables with Google-managed keys.
#   An unresolved key name, or a dynamic block, is not reported.
# custom:
#   id: TG-GCP-006
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Add `default_encryption_configuration { kms_key_name = google_kms_crypto_key.<key>.id }`
#     with a key in the dataset's location, and grant the BigQuery service agent
#     (bq-<project-number>@bigquery-encryption.iam.gserviceaccount.com)
#     roles/cloudkms.cryptoKeyEncrypterDecrypter on it. Existing tables keep their key.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#     cis-gcp: ["7.3"]
#   related: [CKV_GCP_81]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_bigquery_cmek

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), d.path, msg) if {
	some d in tf.resources("google_bigquery_dataset")
	gcp.missing(d.config, "default_encryption_configuration")
	msg := concat("", [d.label, " has no default_encryption_configuration, so its tables are encrypted with Google-managed keys"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some d in tf.resources("google_bigquery_dataset")
	some e in tf.blocks(d.config, "default_encryption_configuration")
	gcp.missing(e.block, "kms_key_name")
	path := array.concat(array.concat(d.path, ["config"]), e.path)
	msg := concat("", [d.label, " has a default_encryption_configuration without kms_key_name"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some d in tf.resources("google_bigquery_dataset")
	some e in tf.blocks(d.config, "default_encryption_configuration")
	gcp.blank(e.block.kms_key_name)
	path := array.concat(array.concat(d.path, ["config"]), array.concat(e.path, ["kms_key_name"]))
	msg := concat("", [d.label, " sets default_encryption_configuration.kms_key_name to an empty string"])
}
