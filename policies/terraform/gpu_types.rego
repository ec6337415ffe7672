# METADATA
# title: GPU or accelerator type not on the allow-list
# description: >-
#   GPUs and other accelerators are the scarcest and most expensive capacity an ML platform has:
#   quotas, reservations and capacity blocks are negotiated per family, drivers and CUDA images are
#   tested per family, and some families are kept for training while others serve inference. A GPU
#   instance type (AWS P, G, Inf, Trn and DL families, Google A, G and TPU machine types, Azure N
#   series) or an attached accelerator (GKE and Compute Engine guest accelerators, Vertex AI and
#   Workbench accelerator types, TPU accelerator types) must match
#   `parameters.governance.instance_types.gpu`, glob patterns compared ignoring case, with '_' and
#   '-' alike (ml.g5.*, g6.*, nvidia-l4, NVIDIA_TESLA_T4 and nvidia-tesla-t4 are one). Checked in
#   Terraform, CloudFormation and ML workspace requests. The list is empty by default: no family is
#   restricted until the organisation approves some. A type that is not known statically is never
#   reported.
# custom:
#   id: TG-GOV-004
#   severity: high
#   owner: architecture
#   remediation: >-
#     Use an approved GPU family from `parameters.governance.instance_types.gpu`, a smaller one for
#     notebooks and inference, or ask the platform team for capacity in the family the workload
#     needs before requesting it.
#   standards:
#     nist-800-53: [CM-2, SC-6]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.gpu_types

import data.tollgate.lib.compute
import data.tollgate.lib.governance as gov
import data.tollgate.lib.result

approved := data.params.governance.instance_types.gpu

violations contains result.violation(rego.metadata.chain(), t.path, msg) if {
	count(approved) > 0
	some t in compute.tf_types
	compute.accelerated(t.value)
	not gov.listed(approved, t.value)
	msg := concat("", [t.label, " uses the GPU type ", json.marshal(t.value), ", which is not on the GPU allow-list (", gov.shown(approved), ")"])
}

violations contains result.violation(rego.metadata.chain(), a.path, msg) if {
	count(approved) > 0
	some a in compute.tf_accelerators
	not gov.listed(approved, a.value)
	msg := concat("", [a.label, " attaches the accelerator ", json.marshal(a.value), ", which is not on the GPU allow-list (", gov.shown(approved), ")"])
}
