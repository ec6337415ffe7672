# METADATA
# title: Container root filesystem is writable
# description: >-
#   A writable root filesystem lets an attacker who gets code execution in the container (a
#   poisoned model file, a vulnerable notebook extension) replace binaries and libraries or drop
#   tools that survive until the pod is deleted. With `readOnlyRootFilesystem: true` the image stays
#   as built and scanned; scratch space, caches and checkpoints go to mounted volumes. Regular and
#   init containers are checked; ephemeral debug containers and Windows pods are not.
# custom:
#   id: TG-K8S-010
#   severity: low
#   owner: cybersecurity
#   remediation: >-
#     Set `securityContext.readOnlyRootFilesystem: true` on every container, and mount an
#     `emptyDir` where the process writes (`/tmp`, `~/.cache/huggingface`, `/dev/shm` for PyTorch
#     data loaders with `medium: Memory`).
#   standards:
#     nist-800-53: [CM-7, SI-7]
#   related: [CKV_K8S_22, AVD-KSV-0014]
#   inline_waivers: true
package tollgate.rules.kubernetes.read_only_root_filesystem

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	c.field != "ephemeralContainers"
	not windows(c.pod)
	not c.container.securityContext.readOnlyRootFilesystem == true
	path := array.concat(c.path, ["securityContext", "readOnlyRootFilesystem"])
	msg := concat("", [c.label, " does not set securityContext.readOnlyRootFilesystem to true"])
}

# The field may not be set on Windows pods (spec.os.name: windows).
windows(pod) if pod.spec.os.name == "windows"
