# METADATA
# title: More instances than the tier allows
# description: >-
#   One resource that may scale to hundreds of nodes can spend a quarter's budget in a weekend, and
#   exhaust the shared GPU quota other teams' training depends on. Each group of instances (an EC2
#   Auto Scaling group or counted instances, an EKS node group, a SageMaker endpoint variant, a GKE
#   node pool or managed instance group, a Vertex AI deployment resource pool, an Azure ML compute
#   cluster, an AKS node pool, a VM scale set, an ML workspace request) may reach at most
#   `parameters.governance.max_instances.gpu` instances when its type has accelerators, and
#   `.cpu` otherwise (defaults 16 and 100). The ceiling is what the resource can scale to: the
#   autoscaling maximum when there is one, else the fixed count (GKE counts per zone, as written).
#   A group whose type is not known statically is held to the larger limit; a count that is not
#   known statically is never reported; null turns a tier's limit off.
# custom:
#   id: TG-GOV-005
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Lower the maximum, split the workload, or ask the platform team to raise the limit for the
#     workload (`parameters.governance.max_instances`) after a capacity and budget review.
#   standards:
#     nist-800-53: [CM-2, SC-6]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.max_instances

import data.tollgate.lib.compute
import data.tollgate.lib.result

limits := data.params.governance.max_instances

violations contains result.violation(rego.metadata.chain(), c.path, msg) if {
	some c in compute.tf_counts
	some limit, text in compute.over_limit(c, limits)
	msg := concat("", [c.label, " may run ", format_int(c.count, 10), " instances; ", text, " is ", format_int(limit, 10)])
}
