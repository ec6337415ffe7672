# METADATA
# title: Cloud Storage bucket without uniform bucket-level access
# description: >-
#   With fine-grained access, object ACLs grant access beside IAM, so who can read a data set
#   cannot be told from the bucket's IAM policy, and one ACL can share an object with anyone.
#   Uniform bucket-level access disables ACLs and leaves IAM as the only access control.
#   uniform_bucket_level_access defaults to false, so leaving it out is a violation too; the
#   deprecated bucket_policy_only = true of old providers counts as enabled. An unresolved value
#   is not reported.
# custom:
#   id: TG-GCP-004
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `uniform_bucket_level_access = true` and grant access with
#     google_storage_bucket_iam_member bindings instead of ACLs. Existing object ACLs stop
#     applying; enabling it can be undone for 90 days.
#   standards:
#     nist-800-53: [AC-3, AC-6]
#     cis-gcp: ["5.2"]
#   related: [CKV_GCP_29, AVD-GCP-0002]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_storage_uniform_access

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

# The deprecated argument of google provider v3 and earlier.
legacy_enabled(cfg) if cfg.bucket_policy_only == true

legacy_enabled(cfg) if tf.unknown(cfg.bucket_policy_only)

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	some b in tf.resources("google_storage_bucket")
	gcp.missing(b.config, "uniform_bucket_level_access")
	not legacy_enabled(b.config)
	msg := concat("", [b.label, " does not set uniform_bucket_level_access, which defaults to false (object ACLs stay in force)"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some b in tf.resources("google_storage_bucket")
	value := object.get(b.config, "uniform_bucket_level_access", null)
	value != null
	tf.known_not(value, true)
	path := array.concat(b.path, ["config", "uniform_bucket_level_access"])
	msg := concat("", [b.label, " sets uniform_bucket_level_access to ", json.marshal(value), " (object ACLs stay in force)"])
}
