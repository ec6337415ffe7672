package tollgate.rules.cloudformation.aws_sagemaker_notebook_vpc_test

import data.tollgate.rules.cloudformation.aws_sagemaker_notebook_vpc as rule

template(props) := {"Resources": {"Nb": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": props}}}

test_missing_subnet_is_flagged if {
	vs := rule.violations with input as template({"InstanceType": "ml.t3.medium"})
	{[v.rule, v.path] | some v in vs} == {["TG-AWS-026", ["Resources", "Nb", "Properties"]]}
	some v in vs
	v.msg == "AWS::SageMaker::NotebookInstance/Nb has no SubnetId, so it runs outside the organisation's VPC"
}

test_subnet_passes if {
	count(rule.violations) == 0 with input as template({"SubnetId": {"Ref": "PrivateSubnet"}})
}
