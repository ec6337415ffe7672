# The CloudFormation part of TG-AWS-053 (METADATA in policies/terraform/aws_iam_passrole_wildcard.rego).

# METADATA
# custom:
#   id: TG-AWS-053
package tollgate.rules.cloudformation.aws_iam_passrole_wildcard

import data.tollgate.lib.aws_iam as iam
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some d in iam.cfn_identity_documents
	some st in d.statements
	not st.principal
	iam.allows(st)
	"*" in st.resources
	some action in st.actions
	action != "*"
	iam.covers(action, "iam:PassRole")
	path := iam.entry_at(d, st, "actions", action)
	msg := concat("", [d.label, " allows ", json.marshal(action), " on every resource, so it can pass any role (", iam.statement_name(st), ")"])
}
