# METADATA
# title: Cloud Storage bucket without enforced public access prevention
# description: >-
#   One IAM binding for allUsers or allAuthenticatedUsers, or one public ACL, publishes a data set
#   or a model to the world. public_access_prevention = "enforced" makes the bucket refuse such
#   grants whatever its IAM policy and ACLs say. The provider default, "inherited", enforces
#   nothing by itself: it follows the organisation policy constraint
#   storage.publicAccessPrevention, which tollgate cannot see, so an absent value or "inherited"
#   counts as not enforced. Organisations that enforce the constraint on every project can accept
#   "inherited" with parameter gcp.storage_accept_inherited_public_access_prevention. An
#   unresolved value is not reported.
# custom:
#   id: TG-GCP-005
#   severity: high
#   owner: infosec
#   remediation: >-
#     Set `public_access_prevention = "enforced"`. Share data through IAM bindings of named
#     principals or signed URLs, never allUsers. If the organisation policy
#     storage.publicAccessPrevention is enforced everywhere, set
#     `parameters.gcp.storage_accept_inherited_public_access_prevention: true` instead.
#   standards:
#     nist-800-53: [AC-3, AC-22]
#     cis-gcp: ["5.1"]
#   related: [CKV_GCP_114]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_storage_public_access_prevention

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

accepted(value) if value == "enforced"

accepted(value) if {
	value == "inherited"
	data.params.gcp.storage_accept_inherited_public_access_prevention == true
}

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	some b in tf.resources("google_storage_bucket")
	gcp.missing(b.config, "public_access_prevention")
	not accepted("inherited")
	msg := concat("", [b.label, " does not set public_access_prevention, which defaults to \"inherited\": public access is not prevented by the bucket"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some b in tf.resources("google_storage_bucket")
	value := object.get(b.config, "public_access_prevention", null)
	value != null
	tf.known(value)
	not accepted(value)
	path := array.concat(b.path, ["config", "public_access_prevention"])
	msg := concat("", [b.label, " sets public_access_prevention to ", json.marshal(value), " instead of \"enforced\""])
}
