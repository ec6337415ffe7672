package tollgate.rules.terraform.aws_sagemaker_role_broad_policies_test

import data.tollgate.rules.terraform.aws_sagemaker_role_broad_policies as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(resources) := {"resource": {type: {r.name: r | some r in resources; r.type == type} | some x in resources; type := x.type}}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

trust := `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "sagemaker.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`

ec2_trust := `{"Statement": [{"Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com"]}, "Action": "sts:AssumeRole"}]}`

full_access := "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"

test_managed_policy_arns_are_flagged_at_the_element if {
	r := res("aws_iam_role", "nb", {"name": "nb", "assume_role_policy": trust, "managed_policy_arns": ["arn:aws:iam::aws:policy/AmazonSageMakerReadOnly", full_access]})
	vs := rule.violations with input as doc([r])
	found(vs) == {["TG-AWS-056", ["resource", "aws_iam_role", "nb", "config", "managed_policy_arns", 1]]}
	some v in vs
	v.msg == "aws_iam_role 'nb' is a SageMaker execution role with the broad AWS-managed policy AmazonSageMakerFullAccess"
}

test_attachment_by_reference_is_flagged_at_the_policy_arn if {
	r := res("aws_iam_role", "nb", {"name": "nb", "assume_role_policy": trust})
	a := res("aws_iam_role_policy_attachment", "s3", {"role": ref("aws_iam_role.nb.name"), "policy_arn": "arn:aws:iam::aws:policy/AmazonS3FullAccess"})
	vs := rule.violations with input as doc([r, a])
	found(vs) == {["TG-AWS-056", ["resource", "aws_iam_role_policy_attachment", "s3", "config", "policy_arn"]]}
	some v in vs
	v.msg == "aws_iam_role_policy_attachment 's3' attaches the broad AWS-managed policy AmazonS3FullAccess to the SageMaker execution role aws_iam_role 'nb'"
}

test_partition_interpolation_literal_role_name_and_policy_attachment if {
	r := res("aws_iam_role", "nb", {"name": "nb", "assume_role_policy": trust})
	arn := {"__unknown__": true, "expr": "\"arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess\"", "refs": ["data.aws_partition.current.partition"]}
	a := res("aws_iam_role_policy_attachment", "admin", {"role": "nb", "policy_arn": arn})
	b := res("aws_iam_policy_attachment", "full", {"roles": [ref("aws_iam_role.nb.name")], "policy_arn": full_access})
	found(rule.violations) == {
		["TG-AWS-056", ["resource", "aws_iam_role_policy_attachment", "admin", "config", "policy_arn"]],
		["TG-AWS-056", ["resource", "aws_iam_policy_attachment", "full", "config", "policy_arn"]],
	} with input as doc([r, a, b])
}

test_roles_identified_by_jsonencode_text_or_use if {
	jsonencoded := {"__unknown__": true, "expr": "jsonencode({Statement = [{Principal = { Service = \"sagemaker.amazonaws.com\" }}]})", "refs": []}
	r := res("aws_iam_role", "nb", {"name": "nb", "assume_role_policy": jsonencoded, "managed_policy_arns": [full_access]})
	count(rule.violations) == 1 with input as doc([r])
	used := res("aws_iam_role", "x", {"name": "x", "assume_role_policy": ref("data.aws_iam_policy_document.external.json"), "managed_policy_arns": [full_access]})
	nb := res("aws_sagemaker_notebook_instance", "nb", {"role_arn": ref("aws_iam_role.x.arn")})
	count(rule.violations) == 1 with input as doc([used, nb])
	count(rule.violations) == 0 with input as doc([used])
}

test_data_source_trust_and_policy_lookup if {
	d := {"aws_iam_policy_document": {"trust": {"address": "data.aws_iam_policy_document.trust", "type": "aws_iam_policy_document", "name": "trust", "mode": "data", "module": "", "config": {"statement": [{"actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["sagemaker.amazonaws.com"]}]}]}}}, "aws_iam_policy": {"full": {"address": "data.aws_iam_policy.full", "type": "aws_iam_policy", "name": "full", "mode": "data", "module": "", "config": {"name": "AmazonSageMakerFullAccess"}}}}
	r := res("aws_iam_role", "nb", {"name": "nb", "assume_role_policy": ref("data.aws_iam_policy_document.trust.json"), "managed_policy_arns": [ref("data.aws_iam_policy.full.arn")]})
	found(rule.violations) == {["TG-AWS-056", ["resource", "aws_iam_role", "nb", "config", "managed_policy_arns", 0]]} with input as object.union(doc([r]), {"data": d})
}

test_other_roles_narrow_policies_and_unknowns_pass if {
	count(rule.violations) == 0 with input as doc([res("aws_iam_role", "ec2", {"name": "ec2", "assume_role_policy": ec2_trust, "managed_policy_arns": [full_access]})])
	count(rule.violations) == 0 with input as doc([res("aws_iam_role", "nb", {"name": "nb", "assume_role_policy": trust, "managed_policy_arns": ["arn:aws:iam::aws:policy/AmazonSageMakerReadOnly"]})])
	r := res("aws_iam_role", "nb", {"name": "nb", "assume_role_policy": trust})
	a := res("aws_iam_role_policy_attachment", "x", {"role": {"__unknown__": true, "expr": "var.role", "refs": ["var.role"]}, "policy_arn": full_access})
	b := res("aws_iam_role_policy_attachment", "y", {"role": ref("aws_iam_role.nb.name"), "policy_arn": {"__unknown__": true, "expr": "var.policy", "refs": ["var.policy"]}})
	count(rule.violations) == 0 with input as doc([r, a, b])
}

test_forbidden_list_is_a_parameter if {
	r := res("aws_iam_role", "nb", {"name": "nb", "assume_role_policy": trust, "managed_policy_arns": [full_access]})
	count(rule.violations) == 0 with input as doc([r]) with data.params.aws.sagemaker_role_forbidden_policies as ["AdministratorAccess"]
}
