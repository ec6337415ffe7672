package tollgate.rules.cloudformation.aws_sagemaker_model_network_test

import data.tollgate.rules.cloudformation.aws_sagemaker_model_network as rule

found(vs) := {[v.rule, v.path] | some v in vs}

model(props) := {"Type": "AWS::SageMaker::Model", "Properties": object.union({"PrimaryContainer": {"Image": "i"}}, props)}

serverless(name) := {"Type": "AWS::SageMaker::EndpointConfig", "Properties": {"ProductionVariants": [{"ModelName": name, "VariantName": "v", "ServerlessConfig": {"MaxConcurrency": 1, "MemorySizeInMB": 2048}}]}}

test_open_model if {
	vs := rule.violations with input as {"Resources": {"Scoring": model({})}}
	found(vs) == {["TG-AWS-028", ["Resources", "Scoring", "Properties"]]}
	count(vs) == 2
	found(rule.violations) == {["TG-AWS-028", ["Resources", "Scoring", "Properties", "EnableNetworkIsolation"]]} with input as {"Resources": {"Scoring": model({"EnableNetworkIsolation": false, "VpcConfig": {"Subnets": ["s"], "SecurityGroupIds": ["g"]}})}}
}

test_compliant_or_unknown if {
	count(rule.violations) == 0 with input as {"Resources": {"Scoring": model({"EnableNetworkIsolation": true, "VpcConfig": {"Subnets": ["s"], "SecurityGroupIds": ["g"]}})}}
	count(rule.violations) == 0 with input as {"Resources": {"Scoring": model({"EnableNetworkIsolation": {"Ref": "Isolate"}, "VpcConfig": {"Fn::If": ["Vpc", {}, {"Ref": "AWS::NoValue"}]}})}}
}

test_serverless_models_are_exempt if {
	count(rule.violations) == 0 with input as {"Resources": {"Scoring": model({}), "Sl": serverless({"Fn::GetAtt": ["Scoring", "ModelName"]})}}
	count(rule.violations) == 0 with input as {"Resources": {"Scoring": model({}), "Sl": serverless({"Ref": "ModelNameParameter"})}}
	count(rule.violations) == 2 with input as {"Resources": {"Scoring": model({}), "Other": model({"EnableNetworkIsolation": true, "VpcConfig": {}}), "Sl": serverless({"Fn::GetAtt": ["Other", "ModelName"]})}}
}
