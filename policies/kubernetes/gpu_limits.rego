# METADATA
# title: GPU request without a matching limit
# description: >-
#   Extended resources such as GPUs cannot be overcommitted: Kubernetes rejects a container whose
#   GPU request has no equal limit, so the workload never schedules, and the quota teams plan GPU
#   capacity with is computed from limits.
# custom:
#   id: TG-K8S-007
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Set `resources.limits` for the GPU resource to the same value as the request, or set only the
#     limit (Kubernetes then uses it as the request).
#   standards:
#     nist-800-53: [CM-6]
#   related: []
#   inline_waivers: true
package tollgate.rules.kubernetes.gpu_limits

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

same_quantity(a, b) if a == b

same_quantity(a, b) if to_number(a) == to_number(b)

quantity(q) := q if is_string(q)

else := json.marshal(q)

limit_text(null) := " but sets no limit for it"

limit_text(limit) := concat("", [" but limits it to ", quantity(limit)]) if limit != null

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.resourced_containers
	some gpu in data.params.kubernetes.gpu_resources
	requested := c.container.resources.requests[gpu]
	limit := object.get(c.container, ["resources", "limits", gpu], null)
	not same_quantity(requested, limit)
	path := array.concat(c.path, ["resources", "limits", gpu])
	msg := concat("", [c.label, " requests ", quantity(requested), " ", gpu, limit_text(limit)])
}
