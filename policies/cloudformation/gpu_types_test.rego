package tollgate.rules.cloudformation.gpu_types_test

import data.tollgate.rules.cloudformation.gpu_types as rule

found(vs) := {[v.rule, v.path] | some v in vs}

test_gpu_types_off_the_list if {
	t := {"Resources": {"Endpoint": {"Type": "AWS::SageMaker::EndpointConfig", "Properties": {"ProductionVariants": [
		{"VariantName": "a", "InstanceType": "ml.g5.xlarge"},
		{"VariantName": "b", "InstanceType": "ml.p4d.24xlarge"},
		{"VariantName": "c", "InstanceType": "ml.m5.large"},
	]}}}}
	vs := rule.violations with input as t with data.params.governance.instance_types as {"cpu": [], "gpu": ["ml.g5.*"]}
	found(vs) == {["TG-GOV-004", ["Resources", "Endpoint", "Properties", "ProductionVariants", 1, "InstanceType"]]}
	some v in vs
	v.msg == "AWS::SageMaker::EndpointConfig 'Endpoint' uses the GPU type \"ml.p4d.24xlarge\", which is not on the GPU allow-list (ml.g5.*)"
}
