package tollgate.rules.cloudformation.aws_sagemaker_endpoint_capture_test

import data.tollgate.rules.cloudformation.aws_sagemaker_endpoint_capture as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"Config": {"Type": "AWS::SageMaker::EndpointConfig", "Properties": object.union(
	{"Tags": [{"Key": "Environment", "Value": "Production"}], "ProductionVariants": [{"ModelName": "m", "InstanceType": "ml.m5.large", "InitialInstanceCount": 2}]},
	props,
)}}}

props := ["Resources", "Config", "Properties"]

test_missing_and_off if {
	found(rule.violations) == {["TG-AWS-031", props]} with input as template({})
	found(rule.violations) == {["TG-AWS-031", array.concat(props, ["DataCaptureConfig", "EnableCapture"])]} with input as template({"DataCaptureConfig": {"EnableCapture": false, "InitialSamplingPercentage": 10}})
	found(rule.violations) == {["TG-AWS-031", array.concat(props, ["DataCaptureConfig", "InitialSamplingPercentage"])]} with input as template({"DataCaptureConfig": {"InitialSamplingPercentage": 0}})
}

test_enable_capture_defaults_to_true_in_cloudformation if {
	count(rule.violations) == 0 with input as template({"DataCaptureConfig": {"InitialSamplingPercentage": 10, "DestinationS3Uri": "s3://m/", "CaptureOptions": [{"CaptureMode": "Input"}]}})
}

test_unknown_and_not_production if {
	count(rule.violations) == 0 with input as template({"DataCaptureConfig": {"Fn::If": ["Capture", {}, {"Ref": "AWS::NoValue"}]}})
	count(rule.violations) == 0 with input as template({"Tags": []})
}
