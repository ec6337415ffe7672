# The ML workspace request part of TG-GOV-003 (METADATA in policies/terraform/instance_types.rego).

# METADATA
# custom:
#   id: TG-GOV-003
package tollgate.rules.ml_workspace_request.instance_types

import data.tollgate.lib.compute
import data.tollgate.lib.governance as gov
import data.tollgate.lib.result

approved := data.params.governance.instance_types.cpu

violations contains result.violation(rego.metadata.chain(), ["compute", "instanceType"], msg) if {
	count(approved) > 0
	t := input.compute.instanceType
	is_string(t)
	not compute.accelerated(t)
	not gov.listed(approved, t)
	msg := concat("", ["compute.instanceType ", json.marshal(t), " is not an approved instance type (", gov.shown(approved), ")"])
}
