package tollgate.rules.cloudformation.aws_sagemaker_role_broad_policies_test

import data.tollgate.rules.cloudformation.aws_sagemaker_role_broad_policies as rule

found(vs) := {[v.rule, v.path] | some v in vs}

trust(svc) := {"Statement": [{"Effect": "Allow", "Principal": {"Service": svc}, "Action": "sts:AssumeRole"}]}

role(svc, arns) := {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": trust(svc), "ManagedPolicyArns": arns}}

test_literal_sub_and_join_arns_are_flagged_at_the_element if {
	arns := [
		"arn:aws:iam::aws:policy/AmazonSageMakerReadOnly",
		"arn:aws:iam::aws:policy/AmazonSageMakerFullAccess",
		{"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/AmazonS3FullAccess"},
		{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/AdministratorAccess"]]},
	]
	vs := rule.violations with input as {"Resources": {"NotebookRole": role("sagemaker.amazonaws.com", arns)}}
	found(vs) == {
		["TG-AWS-056", ["Resources", "NotebookRole", "Properties", "ManagedPolicyArns", 1]],
		["TG-AWS-056", ["Resources", "NotebookRole", "Properties", "ManagedPolicyArns", 2]],
		["TG-AWS-056", ["Resources", "NotebookRole", "Properties", "ManagedPolicyArns", 3]],
	}
	some v in vs
	v.msg == "IAM role 'NotebookRole' is a SageMaker execution role with the broad AWS-managed policy AmazonS3FullAccess"
}

test_role_used_by_a_sagemaker_resource if {
	t := {"Resources": {
		"Role": role({"Ref": "Service"}, ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"]),
		"Nb": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}},
	}}
	count(rule.violations) == 1 with input as t
}

test_other_roles_and_intrinsics_pass if {
	count(rule.violations) == 0 with input as {"Resources": {"R": role(["ec2.amazonaws.com"], ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"])}}
	count(rule.violations) == 0 with input as {"Resources": {"R": role("sagemaker.amazonaws.com", [{"Ref": "PolicyArn"}, {"Fn::ImportValue": "policy"}])}}
	count(rule.violations) == 0 with input as {"Resources": {"R": role("sagemaker.amazonaws.com", {"Fn::If": ["C", [], []]})}}
}
