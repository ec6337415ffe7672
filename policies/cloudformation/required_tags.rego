# The CloudFormation part of TG-GOV-002 (METADATA in policies/terraform/required_tags.rego).

# METADATA
# custom:
#   id: TG-GOV-002
package tollgate.rules.cloudformation.required_tags

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.governance as gov
import data.tollgate.lib.result

required := data.params.governance.required_tags

# The tags property when it is written, else Properties, else the resource.
at(r, prop) := array.concat(r.path, ["Properties", prop]) if cfn.has(r.properties, prop)

else := array.concat(r.path, ["Properties"]) if cfn.has(input.Resources[r.id], "Properties")

else := r.path

violations contains result.violation(rego.metadata.chain(), at(r, prop), msg) if {
	count(required) > 0
	some r in cfn.resources
	prop := gov.cfn_taggable[r.type]
	tags := gov.cfn_tags(object.get(r.properties, prop, []))
	missing := gov.missing(required, tags)
	count(missing) > 0
	msg := concat("", [r.type, " '", r.id, "' lacks the required tags ", concat(", ", missing)])
}
