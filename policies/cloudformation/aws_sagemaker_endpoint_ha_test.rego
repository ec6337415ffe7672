package tollgate.rules.cloudformation.aws_sagemaker_endpoint_ha_test

import data.tollgate.rules.cloudformation.aws_sagemaker_endpoint_ha as rule

found(vs) := {[v.rule, v.path] | some v in vs}

single := {"VariantName": "primary", "ModelName": "m", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}

config(tags, variant) := {"Type": "AWS::SageMaker::EndpointConfig", "Properties": {"Tags": tags, "ProductionVariants": [variant]}}

prod := [{"Key": "environment", "Value": "prod"}]

endpoint(tags) := {"Type": "AWS::SageMaker::Endpoint", "Properties": {"EndpointConfigName": {"Fn::GetAtt": ["Config", "EndpointConfigName"]}, "Tags": tags}}

target(id, min) := {"Type": "AWS::ApplicationAutoScaling::ScalableTarget", "Properties": {
	"ServiceNamespace": "sagemaker", "ScalableDimension": "sagemaker:variant:DesiredInstanceCount",
	"ResourceId": id, "MinCapacity": min, "MaxCapacity": 4,
}}

test_single_instance_is_flagged if {
	vs := rule.violations with input as {"Resources": {"Config": config(prod, single)}}
	found(vs) == {["TG-AWS-030", ["Resources", "Config", "Properties", "ProductionVariants", 0, "InitialInstanceCount"]]}
	some v in vs
	v.msg == "AWS::SageMaker::EndpointConfig/Config is production, but its variant \"primary\" runs on 1 instance with nothing that scales it to two"
}

test_production_through_the_endpoint if {
	count(rule.violations) == 1 with input as {"Resources": {"Config": config([], single), "Endpoint": endpoint(prod)}}
	count(rule.violations) == 0 with input as {"Resources": {"Config": config([], single), "Endpoint": endpoint([{"Key": "environment", "Value": {"Ref": "Env"}}])}}
}

test_scaling_target_is_honoured if {
	sub := {"Fn::Sub": "endpoint/${Endpoint.EndpointName}/variant/primary"}
	count(rule.violations) == 0 with input as {"Resources": {"Config": config(prod, single), "Endpoint": endpoint([]), "Scaling": target(sub, 2)}}
	count(rule.violations) == 1 with input as {"Resources": {"Config": config(prod, single), "Endpoint": endpoint([]), "Scaling": target(sub, 1)}}
	other := {"Resources": {"Config": config(prod, single), "Endpoint": endpoint([]), "Other": {"Type": "AWS::SageMaker::Endpoint", "Properties": {"EndpointConfigName": "x"}}, "Scaling": target({"Fn::Sub": "endpoint/${Other.EndpointName}/variant/primary"}, 2)}}
	count(rule.violations) == 1 with input as other
}

test_compliant_and_unknown if {
	count(rule.violations) == 0 with input as {"Resources": {"Config": config(prod, object.union(single, {"InitialInstanceCount": 2}))}}
	count(rule.violations) == 0 with input as {"Resources": {"Config": config(prod, object.union(single, {"InitialInstanceCount": {"Ref": "Count"}}))}}
	count(rule.violations) == 0 with input as {"Resources": {"Config": config(prod, {"ModelName": "m", "ServerlessConfig": {"MaxConcurrency": 5, "MemorySizeInMB": 2048}})}}
}
