# METADATA
# title: GKE without Workload Identity
# description: >-
#   Without Workload Identity Federation for GKE, pods reach Google APIs with the node's service
#   account through the Compute Engine metadata server, so every pod on a node has the same
#   identity and can read the node's credentials and metadata; the alternative, service account
#   keys in Secrets, are long-lived. A Standard google_container_cluster needs
#   workload_identity_config.workload_pool ("<project>.svc.id.goog"); Autopilot clusters always
#   have it. Node pools then run the GKE metadata server by default; a node_config whose
#   workload_metadata_config sets mode to anything but GKE_METADATA (or the deprecated
#   node_metadata to anything but GKE_METADATA_SERVER) exposes the node's identity again and is
#   reported. Unresolved values are not reported.
# custom:
#   id: TG-GCP-010
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Add `workload_identity_config { workload_pool = "${var.project_id}.svc.id.goog" }` to the
#     cluster, set `workload_metadata_config { mode = "GKE_METADATA" }` in node pools (or leave it
#     out), and bind Kubernetes service accounts to IAM service accounts
#     (roles/iam.workloadIdentityUser) or grant IAM roles to the Kubernetes principals directly.
#   standards:
#     nist-800-53: [IA-5, AC-6]
#   related: [CKV_GCP_69, AVD-GCP-0057]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_gke_workload_identity

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

# Standard clusters; an unresolved enable_autopilot may be Autopilot, which always has it.
standard_clusters contains c if {
	some c in tf.resources("google_container_cluster")
	object.get(c.config, "enable_autopilot", false) == false
}

violations contains result.violation(rego.metadata.chain(), c.path, msg) if {
	some c in standard_clusters
	gcp.missing(c.config, "workload_identity_config")
	msg := concat("", [c.label, " has no workload_identity_config: pods use the node's service account"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in standard_clusters
	some wic in tf.blocks(c.config, "workload_identity_config")
	gcp.missing(wic.block, "workload_pool")
	gcp.missing(wic.block, "identity_namespace")
	path := array.concat(array.concat(c.path, ["config"]), wic.path)
	msg := concat("", [c.label, " has a workload_identity_config without workload_pool"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in standard_clusters
	some wic in tf.blocks(c.config, "workload_identity_config")
	some attr in ["workload_pool", "identity_namespace"]
	gcp.blank(wic.block[attr])
	path := array.concat(array.concat(array.concat(c.path, ["config"]), wic.path), [attr])
	msg := concat("", [c.label, " sets workload_identity_config.", attr, " to an empty string, which disables Workload Identity"])
}

secure_value := {"mode": "GKE_METADATA", "node_metadata": "GKE_METADATA_SERVER"}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some n in gcp.node_configs
	some wmc in tf.blocks(n.config, "workload_metadata_config")
	some attr, expected in secure_value
	value := object.get(wmc.block, attr, null)
	value != null
	tf.known_not(value, expected)
	path := array.concat(array.concat(n.path, wmc.path), [attr])
	msg := concat("", [n.label, " sets workload_metadata_config.", attr, " to ", json.marshal(value), ": pods can use the node's service account"])
}
