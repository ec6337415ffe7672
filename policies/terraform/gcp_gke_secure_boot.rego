# METADATA
# title: GKE node pool without Secure Boot
# description: >-
#   Secure Boot lets a Shielded VM node boot only signed bootloaders and kernels, so a rootkit
#   installed from a compromised container cannot persist across reboots. It is off unless a
#   node pool's node_config sets shielded_instance_config.enable_secure_boot = true, so a missing
#   setting is reported too: on google_container_node_pool resources, on a cluster's inline
#   node_pool blocks, and on a cluster's default pool while it is kept (not removed with
#   remove_default_node_pool, not Autopilot, which always has it). Unresolved values are not
#   reported.
# custom:
#   id: TG-GCP-012
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Add `shielded_instance_config { enable_secure_boot = true }` to the pool's node_config
#     (integrity monitoring is on by default). The pool's nodes are recreated; third-party
#     unsigned kernel modules no longer load.
#   standards:
#     nist-800-53: [SI-7, SI-7(9)]
#   related: [CKV_GCP_68]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_gke_secure_boot

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), n.path, msg) if {
	some n in gcp.node_configs
	gcp.missing(n.config, "shielded_instance_config")
	msg := concat("", [n.label, " has no node_config.shielded_instance_config.enable_secure_boot, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some n in gcp.node_configs
	some sic in tf.blocks(n.config, "shielded_instance_config")
	gcp.missing(sic.block, "enable_secure_boot")
	path := array.concat(n.path, sic.path)
	msg := concat("", [n.label, " does not set shielded_instance_config.enable_secure_boot, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some n in gcp.node_configs
	some sic in tf.blocks(n.config, "shielded_instance_config")
	value := object.get(sic.block, "enable_secure_boot", null)
	value != null
	tf.known_not(value, true)
	path := array.concat(array.concat(n.path, sic.path), ["enable_secure_boot"])
	msg := concat("", [n.label, " sets shielded_instance_config.enable_secure_boot to ", json.marshal(value)])
}
