# METADATA
# title: Vertex AI resource without a customer-managed key
# description: >-
#   Vertex AI datasets, endpoints, feature stores, vector search index endpoints, metadata
#   stores, TensorBoards and agent engines hold training data, features, predictions and
#   lineage. Without an encryption_spec they are encrypted with a Google-managed key, which the
#   organisation can neither audit nor revoke; with one, encryption_spec.kms_key_name names the
#   Cloud KMS key. The rule covers the resource types of parameter gcp.vertex_cmek_resource_types:
#   every google_vertex_ai_* type whose provider schema has an encryption_spec block
#   (google_vertex_ai_index has none in the provider's documentation, so it is not listed; add
#   it when your provider version supports it). The key cannot be added later: the resource is
#   recreated. An unresolved kms_key_name, or a dynamic encryption_spec, is not reported.
# custom:
#   id: TG-GCP-002
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Add `encryption_spec { kms_key_name = google_kms_crypto_key.<key>.id }` with a key in the
#     resource's region, and grant the Vertex AI service agent
#     (service-<project-number>@gcp-sa-aiplatform.iam.gserviceaccount.com)
#     roles/cloudkms.cryptoKeyEncrypterDecrypter on it. Narrow or widen the covered types with
#     `parameters.gcp.vertex_cmek_resource_types`.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: [CKV_GCP_92, CKV_GCP_96]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_vertex_cmek

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

covered contains r if {
	some type in data.params.gcp.vertex_cmek_resource_types
	some r in tf.resources(type)
}

violations contains result.violation(rego.metadata.chain(), r.path, msg) if {
	some r in covered
	gcp.missing(r.config, "encryption_spec")
	msg := concat("", [r.label, " has no encryption_spec, so Vertex AI encrypts it with a Google-managed key"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some r in covered
	some spec in tf.blocks(r.config, "encryption_spec")
	gcp.missing(spec.block, "kms_key_name")
	path := array.concat(array.concat(r.path, ["config"]), spec.path)
	msg := concat("", [r.label, " has an encryption_spec without kms_key_name"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some r in covered
	some spec in tf.blocks(r.config, "encryption_spec")
	gcp.blank(spec.block.kms_key_name)
	path := array.concat(array.concat(r.path, ["config"]), array.concat(spec.path, ["kms_key_name"]))
	msg := concat("", [r.label, " sets encryption_spec.kms_key_name to an empty string, so no customer-managed key is used"])
}
