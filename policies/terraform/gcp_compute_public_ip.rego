# METADATA
# title: Compute Engine VM with an external IP address
# description: >-
#   ML compute (training and inference VMs, GPU workers, instance templates of managed instance
#   groups) with an external IP address is reachable from the internet on every port its firewall
#   rules open, and sends traffic out without Cloud NAT or a proxy. A network_interface gets an
#   ephemeral or static external IPv4 address from an access_config block, and an external IPv6
#   address from an ipv6_access_config block; each such block is reported on
#   google_compute_instance, google_compute_instance_template,
#   google_compute_region_instance_template and google_compute_instance_from_template. A dynamic
#   block over a collection that cannot be resolved statically is not reported.
# custom:
#   id: TG-GCP-016
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Remove the access_config (and ipv6_access_config) block, give the subnet Private Google
#     Access and Cloud NAT for egress, and reach the VM through Identity-Aware Proxy TCP
#     forwarding or a load balancer. Bastion hosts that need an address take a waiver with a
#     reason.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#     cis-gcp: ["4.9"]
#   related: [CKV_GCP_40, AVD-GCP-0031]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_compute_public_ip

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

vm_types := [
	"google_compute_instance",
	"google_compute_instance_template",
	"google_compute_region_instance_template",
	"google_compute_instance_from_template",
]

external := {"access_config": "an external IPv4 address", "ipv6_access_config": "an external IPv6 address"}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some type in vm_types
	some vm in tf.resources(type)
	some ni in tf.blocks(vm.config, "network_interface")
	some block, what in external
	some ac in gcp.present_blocks(ni.block, block)
	path := array.concat(array.concat(array.concat(vm.path, ["config"]), ni.path), ac.path)
	msg := concat("", [vm.label, " gives its network interface ", what, " (", block, ")"])
}
