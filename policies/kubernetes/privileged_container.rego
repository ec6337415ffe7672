# METADATA
# title: Privileged container
# description: >-
#   A privileged container has every capability and full access to the node's devices: a
#   compromise of the workload (a poisoned model, a vulnerable notebook) is a compromise of the node
#   and of every other tenant's training data on it.
# custom:
#   id: TG-K8S-001
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Remove `securityContext.privileged: true`. GPU access needs the device plugin's resource
#     (for example `nvidia.com/gpu`), not privileged mode; grant single capabilities if truly needed.
#   standards:
#     nist-800-53: [AC-6, CM-7]
#     cis-kubernetes: ["5.2.2"]
#   related: [CKV_K8S_16, AVD-KSV-0017]
#   inline_waivers: true
package tollgate.rules.kubernetes.privileged_container

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	c.container.securityContext.privileged == true
	path := array.concat(c.path, ["securityContext", "privileged"])
	msg := concat("", [c.label, " runs privileged"])
}
