# The CloudFormation part of TG-GOV-004 (METADATA in policies/terraform/gpu_types.rego).

# METADATA
# custom:
#   id: TG-GOV-004
package tollgate.rules.cloudformation.gpu_types

import data.tollgate.lib.compute
import data.tollgate.lib.governance as gov
import data.tollgate.lib.result

approved := data.params.governance.instance_types.gpu

violations contains result.violation(rego.metadata.chain(), t.path, msg) if {
	count(approved) > 0
	some t in compute.cfn_types
	compute.accelerated(t.value)
	not gov.listed(approved, t.value)
	msg := concat("", [t.label, " uses the GPU type ", json.marshal(t.value), ", which is not on the GPU allow-list (", gov.shown(approved), ")"])
}
