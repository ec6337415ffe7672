# METADATA
# title: SageMaker execution role with a broad AWS-managed policy
# description: >-
#   Every notebook, training job and endpoint runs with its execution role, and code in a
#   notebook or a training script can use all of it. AmazonSageMakerFullAccess (every SageMaker
#   action, and every S3 bucket with "sagemaker" in its name), AmazonS3FullAccess (every bucket of
#   the account) and AdministratorAccess turn one compromised notebook or malicious package into
#   access to other teams' data and models. A SageMaker execution role (one whose trust policy
#   lets sagemaker.amazonaws.com assume it, or that a SageMaker resource of the same module or
#   template uses) must not carry those policies (`parameters.aws.sagemaker_role_forbidden_policies`).
#   Checked in Terraform: `managed_policy_arns` of aws_iam_role, aws_iam_role_policy_attachment,
#   aws_iam_policy_attachment and aws_iam_role_policy_attachments_exclusive, with ARNs written
#   literally, with the partition interpolated ("arn:${data.aws_partition.current.partition}:...")
#   or read from a `data "aws_iam_policy"` by name; trust policies as literal JSON or a jsonencode(...)
#   of known values, an aws_iam_policy_document of the module, or a jsonencode(...) with values known
#   only at plan time whose text names the service. In
#   CloudFormation: the ManagedPolicyArns of AWS::IAM::Role, literal or built with !Sub or !Join
#   around AWS::Partition. An attachment whose role or policy is not known statically is not
#   reported.
# custom:
#   id: TG-AWS-056
#   severity: high
#   owner: infosec
#   remediation: >-
#     Detach the broad policy and give the role a customer-managed policy scoped to the team's
#     buckets, ECR repositories, KMS keys and SageMaker resources (by name prefix or tag), such as
#     the policies SageMaker Role Manager generates for data scientist, MLOps and compute personas.
#   standards:
#     nist-800-53: [AC-6, AC-6(1)]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_role_broad_policies

import data.tollgate.lib.aws_iam as iam
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

service := "sagemaker.amazonaws.com"

# --- SageMaker execution roles ---

sagemaker_role(role) if {
	doc := iam.document(role.config.assume_role_policy)
	some st in iam.json_statements(doc, [])
	iam.trusts_service(st, service)
}

sagemaker_role(role) if {
	d := iam.referenced_document(role.config.assume_role_policy, role.resource)
	some st in iam.data_source_statements(d)
	iam.trusts_service(st, service)
}

# A jsonencode(...) with values known only at plan time is unknown, but a trust policy that names the
# service says so in its text.
sagemaker_role(role) if {
	v := role.config.assume_role_policy
	tf.unknown(v)
	contains(v.expr, concat("", ["\"", service, "\""]))
}

# Used by a SageMaker resource of the same module (role_arn, execution_role, ...).
sagemaker_role(role) if {
	some type, resources in input.resource
	startswith(type, "aws_sagemaker_")
	some res in resources
	res.module == role.resource.module
	walk(res.config, [_, v])
	some ref in v.refs
	is_string(ref)
	startswith(ref, concat("", ["aws_iam_role.", role.resource.name, "."]))
}

roles contains role if {
	some role in tf.resources("aws_iam_role")
	sagemaker_role(role)
}

# An argument that names the role: a reference in the same module, or its literal name.
names_role(v, role, res) if {
	is_string(v.ref)
	m := regex.find_all_string_submatch_n(`^aws_iam_role\.([A-Za-z0-9_-]+)[.\[]`, v.ref, 1)
	m[0][1] == role.resource.name
	res.module == role.resource.module
}

names_role(v, role, _) if {
	is_string(v)
	v == role.config.name
}

# --- Broad AWS-managed policies ---

forbidden(name) := name if name in data.params.aws.sagemaker_role_forbidden_policies

managed_policy(v) := literal_arn(v)

literal_arn(v) := forbidden(m[0][1]) if {
	is_string(v)
	m := regex.find_all_string_submatch_n(`^arn:aws[a-z-]*:iam::aws:policy/(?:.*/)?([^/]+)$`, v, 1)
}

# "arn:${data.aws_partition.current.partition}:iam::aws:policy/..." : only the partition varies.
managed_policy(v) := forbidden(m[0][1]) if {
	tf.unknown(v)
	m := regex.find_all_string_submatch_n(`^"arn:\$\{[^}"]+\}:iam::aws:policy/(?:[^"]*/)?([^/"]+)"$`, v.expr, 1)
}

# data.aws_iam_policy.<name>.arn, looked up by a literal name or ARN.
managed_policy(v) := name if {
	tf.unknown(v)
	m := regex.find_all_string_submatch_n(`^data\.aws_iam_policy\.([A-Za-z0-9_-]+)\.arn$`, object.get(v, "ref", ""), 1)
	some d in tf.data_sources("aws_iam_policy")
	d.resource.name == m[0][1]
	name := looked_up(d.config)
}

looked_up(cfg) := forbidden(cfg.name) if is_string(cfg.name)

else := literal_arn(cfg.arn)

# --- Findings ---

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some role in roles
	some i, arn in role.config.managed_policy_arns
	name := managed_policy(arn)
	path := array.concat(role.path, ["config", "managed_policy_arns", i])
	msg := concat("", [role.label, " is a SageMaker execution role with the broad AWS-managed policy ", name])
}

violations contains result.violation(rego.metadata.chain(), array.concat(a.path, ["config", "policy_arn"]), msg) if {
	some a in tf.resources("aws_iam_role_policy_attachment")
	some role in roles
	names_role(a.config.role, role, a.resource)
	name := managed_policy(a.config.policy_arn)
	msg := concat("", [a.label, " attaches the broad AWS-managed policy ", name, " to the SageMaker execution role ", role.label])
}

violations contains result.violation(rego.metadata.chain(), array.concat(a.path, ["config", "policy_arn"]), msg) if {
	some a in tf.resources("aws_iam_policy_attachment")
	some role in roles
	some r in a.config.roles
	names_role(r, role, a.resource)
	name := managed_policy(a.config.policy_arn)
	msg := concat("", [a.label, " attaches the broad AWS-managed policy ", name, " to the SageMaker execution role ", role.label])
}

violations contains result.violation(rego.metadata.chain(), array.concat(a.path, ["config", "policy_arns", i]), msg) if {
	some a in tf.resources("aws_iam_role_policy_attachments_exclusive")
	some role in roles
	names_role(a.config.role_name, role, a.resource)
	some i, arn in a.config.policy_arns
	name := managed_policy(arn)
	msg := concat("", [a.label, " attaches the broad AWS-managed policy ", name, " to the SageMaker execution role ", role.label])
}
