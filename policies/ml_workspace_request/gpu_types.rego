# The ML workspace request part of TG-GOV-004 (METADATA in policies/terraform/gpu_types.rego).

# METADATA
# custom:
#   id: TG-GOV-004
package tollgate.rules.ml_workspace_request.gpu_types

import data.tollgate.lib.compute
import data.tollgate.lib.governance as gov
import data.tollgate.lib.result

approved := data.params.governance.instance_types.gpu

violations contains result.violation(rego.metadata.chain(), ["compute", "instanceType"], msg) if {
	count(approved) > 0
	t := input.compute.instanceType
	is_string(t)
	compute.accelerated(t)
	not gov.listed(approved, t)
	msg := concat("", ["compute.instanceType ", json.marshal(t), " is a GPU type that is not on the GPU allow-list (", gov.shown(approved), ")"])
}
