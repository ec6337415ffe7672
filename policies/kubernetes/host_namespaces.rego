# METADATA
# title: Pod shares a host namespace
# description: >-
#   hostNetwork, hostPID and hostIPC put the pod in the node's network, process or IPC namespace:
#   it can sniff other pods' traffic, reach the node's loopback services and signal its processes.
# custom:
#   id: TG-K8S-005
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false). For fast
#     multi-node training networking use the CNI's RDMA / SR-IOV support instead of hostNetwork.
#   standards:
#     nist-800-53: [SC-7, AC-6]
#     cis-kubernetes: ["5.2.3", "5.2.4", "5.2.5"]
#   related: [CKV_K8S_17, CKV_K8S_18, CKV_K8S_19, AVD-KSV-0008, AVD-KSV-0009, AVD-KSV-0010]
#   inline_waivers: true
package tollgate.rules.kubernetes.host_namespaces

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some pod in k8s.pods
	some field in ["hostNetwork", "hostPID", "hostIPC"]
	pod.spec[field] == true
	path := array.concat(pod.path, [field])
	msg := concat("", [pod.label, " sets ", field, ": true"])
}
