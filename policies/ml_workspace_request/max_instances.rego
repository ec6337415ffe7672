# The ML workspace request part of TG-GOV-005 (METADATA in policies/terraform/max_instances.rego).

# METADATA
# custom:
#   id: TG-GOV-005
package tollgate.rules.ml_workspace_request.max_instances

import data.tollgate.lib.compute
import data.tollgate.lib.result

limits := data.params.governance.max_instances

request := {"count": input.compute.count, "tier": compute.tier(input.compute, {"types": [["instanceType"]]})} if is_number(input.compute.count)

violations contains result.violation(rego.metadata.chain(), ["compute", "count"], msg) if {
	some limit, text in compute.over_limit(request, limits)
	msg := concat("", ["compute.count asks for ", format_int(request.count, 10), " instances; ", text, " is ", format_int(limit, 10)])
}
