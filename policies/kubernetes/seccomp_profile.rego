# METADATA
# title: No seccomp profile, or seccomp Unconfined
# description: >-
#   Without a seccomp profile a container may call every system call of the node's kernel,
#   including the rarely used ones most kernel exploits go through. `RuntimeDefault` (the
#   container runtime's profile) blocks those at no cost to ML workloads; `Localhost` names a
#   profile of your own. A container's own `securityContext.seccompProfile` wins over its pod's.
#   The finding lands on an `Unconfined` profile where it is written; when no profile is set
#   anywhere it lands once on the pod's securityContext, and on each container that has none
#   when other containers of the pod set their own. Windows pods (`spec.os.name: windows`) have no
#   seccomp and are not checked.
# custom:
#   id: TG-K8S-011
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod spec (or
#     `Localhost` with `localhostProfile`), and remove `Unconfined` profiles.
#   standards:
#     nist-800-53: [CM-7, SC-39]
#     cis-kubernetes: ["5.7.2"]
#   related: [CKV_K8S_31, AVD-KSV-0030, AVD-KSV-0104]
#   inline_waivers: true
package tollgate.rules.kubernetes.seccomp_profile

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

confined := {"RuntimeDefault", "Localhost"}

own_type(c) := c.container.securityContext.seccompProfile.type

pod_type(pod) := pod.spec.securityContext.seccompProfile.type

has_own(c) if _ = own_type(c)

has_pod_type(pod) if _ = pod_type(pod)

containers_of(pod) := [c | some c in k8s.containers; c.pod.path == pod.path]

# A profile written on the container that does not confine it.
violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	not windows(c.pod)
	t := own_type(c)
	not t in confined
	path := array.concat(c.path, ["securityContext", "seccompProfile", "type"])
	msg := concat("", [c.label, " sets seccompProfile type ", json.marshal(t), "; use RuntimeDefault or Localhost"])
}

# A pod profile that does not confine, inherited by at least one container.
violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some pod in k8s.pods
	not windows(pod)
	t := pod_type(pod)
	not t in confined
	some c in containers_of(pod)
	not has_own(c)
	path := array.concat(pod.path, ["securityContext", "seccompProfile", "type"])
	msg := concat("", [pod.label, " sets seccompProfile type ", json.marshal(t), "; use RuntimeDefault or Localhost"])
}

# No profile anywhere in the pod: one finding, where the pod's profile belongs.
violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some pod in k8s.pods
	not windows(pod)
	not has_pod_type(pod)
	cs := containers_of(pod)
	count(cs) > 0
	every c in cs {
		not has_own(c)
	}
	path := array.concat(pod.path, ["securityContext", "seccompProfile"])
	msg := concat("", [pod.label, " sets no seccomp profile on the pod or its containers, so they run Unconfined"])
}

# Some containers set their own profile and the pod sets none: the others run Unconfined.
violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some pod in k8s.pods
	not windows(pod)
	not has_pod_type(pod)
	cs := containers_of(pod)
	some other in cs
	has_own(other)
	some c in cs
	not has_own(c)
	path := array.concat(c.path, ["securityContext", "seccompProfile"])
	msg := concat("", [c.label, " sets no seccomp profile and its pod sets none, so it runs Unconfined"])
}

# Seccomp does not apply to Windows pods (spec.os.name: windows).
windows(pod) if pod.spec.os.name == "windows"
