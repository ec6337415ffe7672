package tollgate.rules.cloudformation.max_instances_test

import data.tollgate.rules.cloudformation.max_instances as rule

found(vs) := {[v.rule, v.path] | some v in vs}

test_counts_by_tier if {
	t := {"Resources": {
		"Gpu": {"Type": "AWS::EKS::Nodegroup", "Properties": {"InstanceTypes": ["g5.12xlarge"], "ScalingConfig": {"MinSize": 0, "MaxSize": "24", "DesiredSize": 2}}},
		"Cpu": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ScalingConfig": {"MaxSize": 24}}},
		"Asg": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"MaxSize": {"Ref": "Max"}}},
		"Endpoint": {"Type": "AWS::SageMaker::EndpointConfig", "Properties": {"ProductionVariants": [{"InstanceType": "ml.g5.xlarge", "InitialInstanceCount": 17}]}},
	}}
	vs := rule.violations with input as t
	found(vs) == {
		["TG-GOV-005", ["Resources", "Gpu", "Properties", "ScalingConfig", "MaxSize"]],
		["TG-GOV-005", ["Resources", "Endpoint", "Properties", "ProductionVariants", 0, "InitialInstanceCount"]],
	}
	some v in vs
	v.msg == "AWS::EKS::Nodegroup 'Gpu' may run 24 instances; the most for a gpu group is 16"
}
