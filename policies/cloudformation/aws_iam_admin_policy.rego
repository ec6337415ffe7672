# The CloudFormation part of TG-AWS-052 (METADATA in policies/terraform/aws_iam_admin_policy.rego).

# METADATA
# custom:
#   id: TG-AWS-052
package tollgate.rules.cloudformation.aws_iam_admin_policy

import data.tollgate.lib.aws_iam as iam
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some d in iam.cfn_identity_documents
	some st in d.statements
	not st.principal
	iam.grants_everything(st)
	path := iam.entry_at(d, st, "actions", "*")
	msg := concat("", [d.label, " allows every action on every resource (", iam.statement_name(st), ")"])
}
