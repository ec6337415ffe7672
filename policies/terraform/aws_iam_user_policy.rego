# METADATA
# title: IAM policy attached directly to a user
# description: >-
#   Permissions given to individual IAM users, inline or attached, are invisible in the team's
#   group and role design, survive when the person changes team, and are the usual way an
#   "inline admin policy" slips past review. Users must get permissions only through group
#   membership (or by assuming roles): no inline user policy and no policy attachment to a user.
#   This rule is about where permissions are granted, whatever they are; what a policy grants is
#   judged by TG-AWS-052 and TG-AWS-053. Checked: aws_iam_user_policy,
#   aws_iam_user_policy_attachment and aws_iam_policy_attachment with users (CloudFormation:
#   AWS::IAM::UserPolicy, the Policies and ManagedPolicyArns of AWS::IAM::User, and the Users of
#   AWS::IAM::Policy and AWS::IAM::ManagedPolicy). A user list not known statically is not
#   reported.
# custom:
#   id: TG-AWS-054
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Move the policy to a group (aws_iam_group_policy or aws_iam_group_policy_attachment;
#     CloudFormation AWS::IAM::Group) and add the user to it (aws_iam_user_group_membership;
#     CloudFormation `Groups` of the user), or better give people SSO access to roles and
#     workloads IAM roles instead of users.
#   standards:
#     nist-800-53: [AC-2, AC-6]
#     cis-aws: ["1.15"]
#   related: [CKV_AWS_40, AVD-AWS-0143]
#   inline_waivers: true
package tollgate.rules.terraform.aws_iam_user_policy

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["config", "user"]), msg) if {
	some r in tf.resources("aws_iam_user_policy")
	msg := concat("", [r.label, " is an inline policy of IAM user ", user_name(r.config.user), "; grant permissions through a group or role"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["config", "user"]), msg) if {
	some r in tf.resources("aws_iam_user_policy_attachment")
	msg := concat("", [r.label, " attaches a policy to IAM user ", user_name(r.config.user), "; grant permissions through a group or role"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["config", "users"]), msg) if {
	some r in tf.resources("aws_iam_policy_attachment")
	users := r.config.users
	is_array(users)
	count(users) > 0
	msg := concat("", [r.label, " attaches a policy to IAM users; grant permissions through a group or role"])
}

user_name(u) := json.marshal(u) if is_string(u)

else := u.expr if is_string(u.expr)

else := "(unknown)"
