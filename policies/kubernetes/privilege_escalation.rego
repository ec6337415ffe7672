# METADATA
# title: Privilege escalation not disabled
# description: >-
#   Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges
#   than its parent (setuid binaries, file capabilities), which turns a foothold into root.
# custom:
#   id: TG-K8S-002
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `securityContext.allowPrivilegeEscalation: false` on every container.
#   standards:
#     nist-800-53: [AC-6]
#     cis-kubernetes: ["5.2.6"]
#   related: [CKV_K8S_20, AVD-KSV-0001]
#   inline_waivers: true
package tollgate.rules.kubernetes.privilege_escalation

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	not c.container.securityContext.allowPrivilegeEscalation == false
	path := array.concat(c.path, ["securityContext", "allowPrivilegeEscalation"])
	msg := concat("", [c.label, " does not set securityContext.allowPrivilegeEscalation to false"])
}
