# The CloudFormation part of TG-GOV-005 (METADATA in policies/terraform/max_instances.rego).

# METADATA
# custom:
#   id: TG-GOV-005
package tollgate.rules.cloudformation.max_instances

import data.tollgate.lib.compute
import data.tollgate.lib.result

limits := data.params.governance.max_instances

violations contains result.violation(rego.metadata.chain(), c.path, msg) if {
	some c in compute.cfn_counts
	some limit, text in compute.over_limit(c, limits)
	msg := concat("", [c.label, " may run ", format_int(c.count, 10), " instances; ", text, " is ", format_int(limit, 10)])
}
