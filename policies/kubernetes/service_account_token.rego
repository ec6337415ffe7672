# METADATA
# title: Unused service account token mounted
# description: >-
#   Kubernetes mounts an API token of the pod's service account into every container unless told
#   not to; whoever takes over the container holds that token. A pod that runs as its namespace's
#   `default` service account does not use the API on purpose (permissions are granted to
#   dedicated service accounts, never to `default`), so its token is unused: the rule reports such
#   pods unless `automountServiceAccountToken: false` is set on the pod spec or on a ServiceAccount
#   named `default` in the same file and namespace. It also reports `automountServiceAccountToken:
#   true` with the default service account. Pods with a dedicated `serviceAccountName` are taken to
#   need their token and are not reported.
# custom:
#   id: TG-K8S-012
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `automountServiceAccountToken: false` on the pod spec (or on the namespace's `default`
#     ServiceAccount). A workload that calls the Kubernetes API gets its own ServiceAccount with a
#     Role for exactly what it does, named in `serviceAccountName`.
#   standards:
#     nist-800-53: [AC-6, IA-5]
#     cis-kubernetes: ["5.1.5", "5.1.6"]
#   related: [CKV_K8S_38, AVD-KSV-0036]
#   inline_waivers: true
package tollgate.rules.kubernetes.service_account_token

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

# The service account a pod runs as: serviceAccountName, the deprecated serviceAccount, or default.
account(spec) := spec.serviceAccountName if {
	is_string(spec.serviceAccountName)
	spec.serviceAccountName != ""
} else := spec.serviceAccount if {
	is_string(spec.serviceAccount)
	spec.serviceAccount != ""
} else := "default"

namespace(doc) := ns if {
	ns := doc.metadata.namespace
	is_string(ns)
} else := ""

# A helper: a call on an undefined reference is undefined even under `not`.
sets_automount(spec) if is_boolean(spec.automountServiceAccountToken)

# The namespace's default ServiceAccount, declared in the same file, turns automounting off.
default_account_opts_out(pod) if {
	ns := namespace(input[pod.path[0]])
	some doc in input
	doc.kind == "ServiceAccount"
	doc.metadata.name == "default"
	namespace(doc) == ns
	doc.automountServiceAccountToken == false
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some pod in k8s.pods
	account(pod.spec) == "default"
	pod.spec.automountServiceAccountToken == true
	path := array.concat(pod.path, ["automountServiceAccountToken"])
	msg := concat("", [pod.label, " mounts a token of the default service account; give a workload that calls the API its own service account"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some pod in k8s.pods
	account(pod.spec) == "default"
	not sets_automount(pod.spec)
	not default_account_opts_out(pod)
	path := array.concat(pod.path, ["automountServiceAccountToken"])
	msg := concat("", [pod.label, " runs as the default service account without automountServiceAccountToken: false, so its containers get an API token they do not use"])
}
