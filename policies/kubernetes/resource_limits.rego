# METADATA
# title: Container without CPU or memory limits
# description: >-
#   A container without limits can take a node's whole CPU or memory: one runaway data loader
#   evicts every other tenant's training job on the node.
# custom:
#   id: TG-K8S-008
#   severity: low
#   owner: architecture
#   remediation: >-
#     Set `resources.limits.cpu` and `resources.limits.memory` on every container, sized from the
#     job's profile; a LimitRange in the namespace can supply defaults.
#   standards:
#     nist-800-53: [SC-6]
#   related: [CKV_K8S_11, CKV_K8S_13, AVD-KSV-0011, AVD-KSV-0018]
#   inline_waivers: true
package tollgate.rules.kubernetes.resource_limits

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.resourced_containers
	missing := [r | some r in ["cpu", "memory"]; not c.container.resources.limits[r]]
	count(missing) > 0
	path := array.concat(c.path, ["resources", "limits", missing[0]])
	msg := concat("", [c.label, " sets no ", concat(" or ", missing), " limit"])
}
