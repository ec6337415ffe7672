# METADATA
# title: Container adds a Linux capability
# description: >-
#   Capabilities added back after dropping ALL give a container root's powers piece by piece:
#   SYS_ADMIN is nearly root (mounts, namespaces, BPF), NET_ADMIN rewrites the node's networking,
#   SYS_PTRACE reads other processes' memory and NET_RAW spoofs packets. Only the capabilities in
#   `parameters.kubernetes.allowed_added_capabilities` (NET_BIND_SERVICE by default, the one the
#   restricted Pod Security Standard allows) may be added; each other one is reported where it is
#   listed. `CAP_` prefixes and case are ignored. Windows pods are not checked.
# custom:
#   id: TG-K8S-015
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Remove the capability from `securityContext.capabilities.add`. If the workload truly needs
#     it (a GPU profiling exporter that needs SYS_ADMIN, say), keep it to that one container, run it
#     in a namespace of its own, and record an inline waiver with the reason and an expiry.
#   standards:
#     nist-800-53: [AC-6, CM-7]
#     cis-kubernetes: ["5.2.9"]
#   related: [CKV_K8S_39, AVD-KSV-0005, AVD-KSV-0022]
#   inline_waivers: true
package tollgate.rules.kubernetes.added_capabilities

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

normal(cap) := trim_prefix(upper(cap), "CAP_")

allowed contains normal(cap) if some cap in data.params.kubernetes.allowed_added_capabilities

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	not windows(c.pod)
	some i, cap in c.container.securityContext.capabilities.add
	is_string(cap)
	not normal(cap) in allowed
	path := array.concat(c.path, ["securityContext", "capabilities", "add", i])
	msg := concat("", [c.label, " adds the capability ", normal(cap)])
}

# Capabilities may not be set on Windows pods (spec.os.name: windows).
windows(pod) if pod.spec.os.name == "windows"
