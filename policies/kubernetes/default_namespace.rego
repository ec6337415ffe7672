# METADATA
# title: Workload in the default namespace
# description: >-
#   The `default` namespace is where everything lands that nobody placed: it has no owner, no
#   resource quota sized for the team, no network policy and often broad RBAC. Workloads belong in
#   their team's or application's namespace. A workload that says `namespace: default` is
#   reported. One that names no namespace is reported only when
#   `parameters.kubernetes.require_namespace` is true: manifests applied with `kubectl apply -n`,
#   Kustomize's `namespace:` or Helm's release namespace rightly leave it out, so by default the
#   rule does not guess where they go.
# custom:
#   id: TG-K8S-013
#   severity: low
#   owner: architecture
#   remediation: >-
#     Set `metadata.namespace` to the team's namespace (or set the namespace in the
#     kustomization or Helm release that applies the manifest, and leave it out of the file).
#   standards:
#     nist-800-53: [CM-6]
#     cis-kubernetes: ["5.7.4"]
#   related: [CKV_K8S_21, AVD-KSV-0110]
#   inline_waivers: true
package tollgate.rules.kubernetes.default_namespace

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

# Documents that run pods: workloads and the ML operators' resources.
workloads contains pod.path[0] if some pod in k8s.pods

named(doc) if {
	is_string(doc.metadata.namespace)
	doc.metadata.namespace != ""
}

violations contains result.violation(rego.metadata.chain(), [d, "metadata", "namespace"], msg) if {
	some d in workloads
	input[d].metadata.namespace == "default"
	msg := concat("", [k8s.label(input[d]), " is in the default namespace"])
}

violations contains result.violation(rego.metadata.chain(), [d, "metadata", "namespace"], msg) if {
	data.params.kubernetes.require_namespace == true
	some d in workloads
	not named(input[d])
	msg := concat("", [k8s.label(input[d]), " names no namespace, so it goes to the default namespace unless applied with -n"])
}
