# METADATA
# title: Long-lived IAM user access key
# description: >-
#   An IAM access key never expires: once copied into a CI secret, a notebook, a training
#   container or a laptop it works until someone deletes it, and it is the credential most often
#   found in leaked repositories and images. Terraform also writes the secret into its state.
#   Pipelines should use OIDC federation (GitHub Actions, GitLab CI), workloads their IAM role,
#   and people SSO. Every aws_iam_access_key (CloudFormation AWS::IAM::AccessKey) is reported,
#   unless its status is Inactive or not known statically.
# custom:
#   id: TG-AWS-055
#   severity: high
#   owner: infosec
#   remediation: >-
#     Delete the access key and its IAM user. In CI, assume a role through OIDC
#     (aws-actions/configure-aws-credentials with role-to-assume); on AWS compute, use the
#     instance profile, task role or SageMaker execution role; for people, IAM Identity Center.
#     Where a key is unavoidable (a third-party SaaS), waive this finding with the reason and an
#     expiry, and rotate the key.
#   standards:
#     nist-800-53: [IA-5, IA-2, AC-2]
#     owasp-cicd: [CICD-SEC-6]
#   related: [CKV_AWS_273]
#   inline_waivers: true
package tollgate.rules.terraform.aws_iam_access_key

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), k.path, msg) if {
	some k in tf.resources("aws_iam_access_key")
	object.get(k.config, "status", "Active") == "Active"
	msg := concat("", [k.label, " creates a long-lived access key for IAM user ", user_name(object.get(k.config, "user", null))])
}

user_name(u) := json.marshal(u) if is_string(u)

else := u.expr if is_string(u.expr)

else := "(unknown)"
