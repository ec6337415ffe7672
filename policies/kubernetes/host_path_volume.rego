# METADATA
# title: hostPath volume
# description: >-
#   A hostPath volume exposes the node's file system to the pod: credentials of the kubelet,
#   other pods' data and the container runtime socket are one mount away.
# custom:
#   id: TG-K8S-004
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Use a PersistentVolumeClaim, an emptyDir, a CSI volume or a projected volume instead of
#     `hostPath`. Datasets belong in object storage or a CSI-backed volume.
#   standards:
#     nist-800-53: [AC-6, SC-39]
#     cis-kubernetes: ["5.2.12"]
#   related: [AVD-KSV-0023]
#   inline_waivers: true
package tollgate.rules.kubernetes.host_path_volume

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some pod in k8s.pods
	some i, volume in pod.spec.volumes
	volume.hostPath
	path := array.concat(pod.path, ["volumes", i, "hostPath"])
	msg := concat("", [pod.label, " mounts the node path '", object.get(volume.hostPath, "path", "?"), "' (volume '", object.get(volume, "name", "?"), "')"])
}
