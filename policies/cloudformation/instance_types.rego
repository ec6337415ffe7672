# The CloudFormation part of TG-GOV-003 (METADATA in policies/terraform/instance_types.rego).

# METADATA
# custom:
#   id: TG-GOV-003
package tollgate.rules.cloudformation.instance_types

import data.tollgate.lib.compute
import data.tollgate.lib.governance as gov
import data.tollgate.lib.result

approved := data.params.governance.instance_types.cpu

violations contains result.violation(rego.metadata.chain(), t.path, msg) if {
	count(approved) > 0
	some t in compute.cfn_types
	not compute.accelerated(t.value)
	not gov.listed(approved, t.value)
	msg := concat("", [t.label, " uses ", json.marshal(t.value), ", which is not an approved instance type (", gov.shown(approved), ")"])
}
