# METADATA
# title: Container does not drop ALL capabilities
# description: >-
#   Container runtimes grant a default set of Linux capabilities (NET_RAW, CHOWN, SETUID, DAC_OVERRIDE
#   and more) that a model server or training job never needs. NET_RAW alone lets a compromised
#   container spoof traffic to other pods on the node. Dropping ALL and adding back only what is
#   needed is the restricted Pod Security Standard. Regular, init and ephemeral containers are
#   checked (not those of Windows pods); a container that drops ALL and adds one capability back
#   passes.
# custom:
#   id: TG-K8S-009
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `securityContext.capabilities.drop: ["ALL"]` on every container and list in
#     `capabilities.add` only the capabilities the process needs (for example NET_BIND_SERVICE
#     to listen on a port below 1024).
#   standards:
#     nist-800-53: [AC-6, CM-7]
#     cis-kubernetes: ["5.2.8", "5.2.10"]
#   related: [CKV_K8S_37, CKV_K8S_28, AVD-KSV-0003]
#   inline_waivers: true
package tollgate.rules.kubernetes.drop_capabilities

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

drops_all(c) if {
	some cap in c.container.securityContext.capabilities.drop
	is_string(cap)
	upper(cap) == "ALL"
}

# What the container drops today, for the message.
dropped(c) := concat("", [" drops only ", concat(", ", [cap | some cap in drop; is_string(cap)]), ", not ALL capabilities"]) if {
	drop := c.container.securityContext.capabilities.drop
	is_array(drop)
	count(drop) > 0
} else := " does not drop ALL capabilities"

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	not drops_all(c)
	not windows(c.pod)
	path := array.concat(c.path, ["securityContext", "capabilities", "drop"])
	msg := concat("", [c.label, dropped(c)])
}

# The field may not be set on Windows pods (spec.os.name: windows).
windows(pod) if pod.spec.os.name == "windows"
