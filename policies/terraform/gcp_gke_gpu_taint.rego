# METADATA
# title: GKE GPU node pool without a NoSchedule taint
# description: >-
#   Without a taint, the scheduler places any pod on a GPU node that has CPU and memory to spare:
#   system agents and ordinary services then share a node (and its driver and device plugin) with
#   training jobs on sensitive data, and take capacity paid for at GPU prices. A node pool with
#   GPUs (a guest_accelerator with a count above 0, or a machine type of an accelerator-optimized
#   family listed in parameter gcp.gpu_machine_type_prefixes, such as a2- or g2-) must have a
#   node_config taint with effect NO_SCHEDULE (NO_EXECUTE, which also evicts, is accepted). GKE
#   adds an nvidia.com/gpu NoSchedule taint by itself only in some setups (a GPU pool added to a
#   cluster that already runs a non-GPU pool, or Autopilot), so the taint belongs in the
#   configuration. Taints or accelerators that cannot be resolved statically are not reported.
# custom:
#   id: TG-GCP-014
#   severity: low
#   owner: cybersecurity
#   remediation: >-
#     Add `taint { key = "nvidia.com/gpu", value = "present", effect = "NO_SCHEDULE" }` to the
#     pool's node_config. Pods that request nvidia.com/gpu get the matching toleration from GKE's
#     ExtendedResourceToleration admission controller; add it explicitly to other pods that must
#     run there (device plugins, monitoring).
#   standards:
#     nist-800-53: [CM-6, SC-6]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.gcp_gke_gpu_taint

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

# What gives a node configuration GPUs: accelerators that will exist, with a count known to be
# above 0 (the provider requires the count; an unresolved one may be 0), or the machine type.
gpus(nc) := {concat("", ["guest_accelerator ", json.marshal(object.get(ga.block, "type", "?"))]) |
	some ga in gcp.present_blocks(nc, "guest_accelerator")
	n := object.get(ga.block, "count", 1)
	is_number(n)
	n > 0
} | {concat("", ["machine type ", nc.machine_type]) |
	is_string(nc.machine_type)
	some prefix in data.params.gcp.gpu_machine_type_prefixes
	startswith(nc.machine_type, prefix)
}

keeps_pods_off(effect) if effect in {"NO_SCHEDULE", "NO_EXECUTE"}

keeps_pods_off(effect) if tf.unknown(effect)

tainted(nc) if {
	some t in tf.blocks(nc, "taint")
	keeps_pods_off(object.get(t.block, "effect", null))
}

tainted(nc) if tf.unknown(nc.taint)

violations contains result.violation(rego.metadata.chain(), n.path, msg) if {
	some n in gcp.node_configs
	count(gpus(n.config)) > 0
	not tainted(n.config)
	msg := concat("", [n.label, " has GPUs (", concat(", ", sort(gpus(n.config))), ") but no taint with effect NO_SCHEDULE: any pod can be scheduled on its nodes"])
}
