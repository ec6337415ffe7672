package tollgate.rules.cloudformation.instance_types_test

import data.tollgate.rules.cloudformation.instance_types as rule

found(vs) := {[v.rule, v.path] | some v in vs}

approved := {"cpu": ["ml.t3.*", "m6i.*"], "gpu": []}

test_unapproved_cpu_types if {
	t := {"Resources": {
		"Ok": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"InstanceType": "ml.t3.medium"}},
		"Big": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"InstanceType": "ml.m5.24xlarge"}},
		"Gpu": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "g5.xlarge"}},
		"Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"InstanceType": "c5.large"}}},
		"Param": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": {"Ref": "InstanceType"}}},
	}}
	vs := rule.violations with input as t with data.params.governance.instance_types as approved
	found(vs) == {
		["TG-GOV-003", ["Resources", "Big", "Properties", "InstanceType"]],
		["TG-GOV-003", ["Resources", "Lt", "Properties", "LaunchTemplateData", "InstanceType"]],
	}
	some v in vs
	v.msg == "AWS::SageMaker::NotebookInstance 'Big' uses \"ml.m5.24xlarge\", which is not an approved instance type (ml.t3.*, m6i.*)"
}

test_nothing_is_restricted_by_default if {
	count(rule.violations) == 0 with input as {"Resources": {"I": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "x1.32xlarge"}}}}
}
