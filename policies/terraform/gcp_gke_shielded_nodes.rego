# METADATA
# title: GKE cluster with Shielded GKE Nodes turned off
# description: >-
#   Shielded GKE Nodes give every node a verifiable identity and boot integrity (vTPM, integrity
#   monitoring), so an attacker who obtains a node's bootstrap credentials cannot impersonate a
#   node and join the cluster. enable_shielded_nodes defaults to true in current google
#   providers and Autopilot always has it, so only an explicit false on a
#   google_container_cluster is reported.
# custom:
#   id: TG-GCP-011
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Remove `enable_shielded_nodes = false` (or set it to true). Existing nodes are recreated
#     as Shielded VMs; node images must support Shielded VM (Container-Optimized OS and Ubuntu
#     images do).
#   standards:
#     nist-800-53: [SI-7]
#   related: [CKV_GCP_71, AVD-GCP-0055]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_gke_shielded_nodes

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in tf.resources("google_container_cluster")
	c.config.enable_shielded_nodes == false
	path := array.concat(c.path, ["config", "enable_shielded_nodes"])
	msg := concat("", [c.label, " sets enable_shielded_nodes to false: node identity and boot integrity are not verified"])
}
