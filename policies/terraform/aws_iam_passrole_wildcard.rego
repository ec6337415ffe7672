# METADATA
# title: IAM policy allows iam:PassRole on every role
# description: >-
#   iam:PassRole lets a principal hand a role to a service: a SageMaker training job, a Glue job,
#   an EC2 instance, a Lambda function. With "Resource": "*" it can hand over any role in the
#   account, including administrative ones, and run code with that role's permissions: a
#   well-known privilege escalation. Statements that allow iam:PassRole (by name or through a
#   wildcard such as iam:* or iam:Pass*) must name the roles they pass. Checked: the same identity
#   policies as TG-AWS-052 (which reports "Action": "*"), in Terraform and CloudFormation. An
#   iam:PassedToService condition narrows the service but not the roles, so it does not change the
#   finding. Documents not known statically are not read.
# custom:
#   id: TG-AWS-053
#   severity: high
#   owner: infosec
#   remediation: >-
#     Replace "Resource": "*" with the ARNs of the execution roles the workload passes (for example
#     arn:aws:iam::<account>:role/sagemaker-training-*), and add a condition on
#     iam:PassedToService naming the service that receives them.
#   standards:
#     nist-800-53: [AC-6, AC-3]
#   related: [CKV_AWS_286, CKV_AWS_110, AVD-AWS-0342]
#   inline_waivers: true
package tollgate.rules.terraform.aws_iam_passrole_wildcard

import data.tollgate.lib.aws_iam as iam
import data.tollgate.lib.result

violations contains v if {
	some d in iam.tf_identity_documents
	some st in d.statements
	some action in passes_any_role(st)
	path := iam.entry_at(d, st, "actions", action)
	msg := concat("", [d.label, " allows ", json.marshal(action), " on every resource, so it can pass any role (", iam.statement_name(st), ")"])
	v := finding(d, st, path, msg)
}

passes_any_role(st) := {a |
	not st.principal
	iam.allows(st)
	"*" in st.resources
	some a in st.actions
	a != "*"
	iam.covers(a, "iam:PassRole")
}

finding(d, st, path, msg) := result.violation_at(rego.metadata.chain(), path, msg, json.marshal(st.sid)) if {
	d.string
	is_string(st.sid)
}

else := result.violation(rego.metadata.chain(), path, msg)
