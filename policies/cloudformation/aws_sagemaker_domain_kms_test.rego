package tollgate.rules.cloudformation.aws_sagemaker_domain_kms_test

import data.tollgate.rules.cloudformation.aws_sagemaker_domain_kms as rule

template(props) := {"Resources": {"Studio": {"Type": "AWS::SageMaker::Domain", "Properties": props}}}

test_missing_key_is_flagged if {
	vs := rule.violations with input as template({"DomainName": "studio"})
	{[v.rule, v.path] | some v in vs} == {["TG-AWS-022", ["Resources", "Studio", "Properties"]]}
	some v in vs
	v.msg == "AWS::SageMaker::Domain/Studio does not set KmsKeyId, so its users' EFS and EBS storage uses an AWS-managed key"
}

test_key_satisfies if {
	count(rule.violations) == 0 with input as template({"KmsKeyId": {"Fn::GetAtt": ["Key", "Arn"]}})
}
