# The CloudFormation part of TG-AWS-056 (METADATA in policies/terraform/aws_sagemaker_role_broad_policies.rego).

# METADATA
# custom:
#   id: TG-AWS-056
package tollgate.rules.cloudformation.aws_sagemaker_role_broad_policies

import data.tollgate.lib.aws_iam as iam
import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

service := "sagemaker.amazonaws.com"

roles contains r if {
	some r in cfn.resources
	r.type == "AWS::IAM::Role"
	sagemaker_role(r)
}

sagemaker_role(r) if {
	doc := iam.document(r.properties.AssumeRolePolicyDocument)
	some st in iam.json_statements(doc, [])
	iam.trusts_service(st, service)
}

# Used by a SageMaker resource of the template.
sagemaker_role(r) if {
	some u in cfn.resources
	startswith(u.type, "AWS::SageMaker::")
	walk(u.properties, [_, v])
	refers(v, r.id)
}

refers(v, id) if v["Fn::GetAtt"][0] == id

refers(v, id) if v.Ref == id

refers(v, id) if {
	is_string(v["Fn::Sub"])
	contains(v["Fn::Sub"], concat("", ["${", id, "."]))
}

forbidden(name) := name if name in data.params.aws.sagemaker_role_forbidden_policies

# The AWS-managed policy an ARN names: literal, or built around AWS::Partition.
managed_policy(v) := forbidden(m[0][1]) if {
	is_string(v)
	m := regex.find_all_string_submatch_n(`^arn:aws[a-z-]*:iam::aws:policy/(?:.*/)?([^/]+)$`, v, 1)
}

managed_policy(v) := forbidden(m[0][1]) if {
	m := regex.find_all_string_submatch_n(`^arn:\$\{AWS::Partition\}:iam::aws:policy/(?:.*/)?([^/]+)$`, sub_template(v), 1)
}

managed_policy(v) := forbidden(m[0][1]) if {
	parts := v["Fn::Join"][1]
	is_array(parts)
	parts[0] == "arn:"
	parts[1] == {"Ref": "AWS::Partition"}
	last := parts[count(parts) - 1]
	is_string(last)
	m := regex.find_all_string_submatch_n(`^:iam::aws:policy/(?:.*/)?([^/]+)$`, last, 1)
}

sub_template(v) := v["Fn::Sub"] if is_string(v["Fn::Sub"])

sub_template(v) := v["Fn::Sub"][0] if is_string(v["Fn::Sub"][0])

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "ManagedPolicyArns", i]), msg) if {
	some r in roles
	some i, arn in r.properties.ManagedPolicyArns
	name := managed_policy(arn)
	msg := concat("", ["IAM role '", r.id, "' is a SageMaker execution role with the broad AWS-managed policy ", name])
}
