# METADATA
# title: Container may run as root
# description: >-
#   Without `runAsNonRoot: true` (on the container or its pod) the image decides the user, and most
#   ML base images run as root; a container escape then starts with root on the node.
# custom:
#   id: TG-K8S-003
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `securityContext.runAsNonRoot: true` on the pod (or each container) and give the image a
#     numeric non-root USER, or set `runAsUser` to a non-zero id.
#   standards:
#     nist-800-53: [AC-6]
#     cis-kubernetes: ["5.2.7"]
#   related: [CKV_K8S_23, AVD-KSV-0012]
#   inline_waivers: true
package tollgate.rules.kubernetes.run_as_non_root

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

# The container's own setting wins over the pod's.
effective(c) := c.container.securityContext.runAsNonRoot

effective(c) := c.pod.spec.securityContext.runAsNonRoot if not has_own(c)

has_own(c) if _ = c.container.securityContext.runAsNonRoot

# A helper, not `not effective(c) == true`: OPA evaluates a call inside `not` before negating,
# so an undefined setting would make the whole expression undefined instead of true.
non_root(c) if effective(c) == true

# Points at the setting that says false, or at where the missing setting belongs.
where(c) := array.concat(c.pod.path, ["securityContext", "runAsNonRoot"]) if {
	not has_own(c)
	c.pod.spec.securityContext.runAsNonRoot == false
} else := array.concat(c.path, ["securityContext", "runAsNonRoot"])

violations contains result.violation(rego.metadata.chain(), where(c), msg) if {
	some c in k8s.containers
	not non_root(c)
	msg := concat("", [c.label, " may run as root: runAsNonRoot is not true"])
}
