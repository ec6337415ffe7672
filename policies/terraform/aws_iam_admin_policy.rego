# METADATA
# title: IAM policy grants every action on every resource
# description: >-
#   A statement that allows "Action": "*" on "Resource": "*" makes whoever holds the policy an
#   administrator of the account: every training role, CI deployer or notebook user with it can
#   read every dataset, disable logging and create new credentials. Checked: customer-managed and
#   inline identity policies (Terraform aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy,
#   aws_iam_group_policy, the inline_policy of aws_iam_role, and the statements without
#   principals of every aws_iam_policy_document data source; CloudFormation AWS::IAM::Policy,
#   ManagedPolicy, RolePolicy, UserPolicy, GroupPolicy and the Policies of AWS::IAM::Role, User
#   and Group). Conditions do not change the finding. A Terraform jsonencode(...) of known values
#   is read as the JSON Terraform writes; documents not known statically (a jsonencode(...) of
#   values known only at plan time, references, intrinsics) are not read; a statement is reported
#   only when its effect, action and resource are literally Allow, "*" and "*".
# custom:
#   id: TG-AWS-052
#   severity: critical
#   owner: infosec
#   remediation: >-
#     List the actions and resources the workload needs (IAM Access Analyzer can generate a policy
#     from CloudTrail activity). Administrative access belongs to a few break-glass roles managed
#     outside application code, with the AWS-managed AdministratorAccess policy and MFA.
#   standards:
#     nist-800-53: [AC-6, AC-6(1)]
#     cis-aws: ["1.16"]
#   related: [CKV_AWS_62, CKV_AWS_63, AVD-AWS-0057]
#   inline_waivers: true
package tollgate.rules.terraform.aws_iam_admin_policy

import data.tollgate.lib.aws_iam as iam
import data.tollgate.lib.result

violations contains v if {
	some d in iam.tf_identity_documents
	some st in d.statements
	not st.principal
	iam.grants_everything(st)
	path := iam.entry_at(d, st, "actions", "*")
	msg := concat("", [d.label, " allows every action on every resource (", iam.statement_name(st), ")"])
	v := finding(d, st, path, msg)
}

finding(d, st, path, msg) := result.violation_at(rego.metadata.chain(), path, msg, json.marshal(st.sid)) if {
	d.string
	is_string(st.sid)
}

else := result.violation(rego.metadata.chain(), path, msg)
