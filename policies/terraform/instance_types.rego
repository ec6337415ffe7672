# METADATA
# title: Instance or machine type not approved for CPU workloads
# description: >-
#   The platform team approves a small set of instance, machine and VM types: current generations
#   with reserved capacity or savings plans behind them, sizes its images, drivers and quotas are
#   tested with, and that FinOps can forecast. Anything else costs more, misses the reservations and
#   surprises the capacity plan. This rule checks the types without accelerators (GPU types are
#   TG-GOV-004's) against `parameters.governance.instance_types.cpu`, glob patterns compared
#   ignoring case (ml.m5.*, n2-standard-*, Standard_D*s_v5). Checked: SageMaker notebooks, apps and
#   endpoint variants, EC2 instances, launch templates and EKS node groups, Compute Engine
#   instances and templates, GKE clusters and node pools, Workbench, Colab Enterprise and Vertex AI
#   dedicated resources, Azure ML compute instances and clusters, AKS node pools and Azure VMs and
#   scale sets; CloudFormation and ML workspace requests alike. The list is empty by default: no
#   type is restricted until the organisation approves some. A type that is not known statically
#   is never reported.
# custom:
#   id: TG-GOV-003
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Pick an approved type from `parameters.governance.instance_types.cpu` (the platform team's
#     catalogue of sizes), or ask the architecture board to approve the type for the workload.
#   standards:
#     nist-800-53: [CM-2]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.instance_types

import data.tollgate.lib.compute
import data.tollgate.lib.governance as gov
import data.tollgate.lib.result

approved := data.params.governance.instance_types.cpu

violations contains result.violation(rego.metadata.chain(), t.path, msg) if {
	count(approved) > 0
	some t in compute.tf_types
	not compute.accelerated(t.value)
	not gov.listed(approved, t.value)
	msg := concat("", [t.label, " uses ", json.marshal(t.value), ", which is not an approved instance type (", gov.shown(approved), ")"])
}
