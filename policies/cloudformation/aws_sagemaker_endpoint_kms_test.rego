package tollgate.rules.cloudformation.aws_sagemaker_endpoint_kms_test

import data.tollgate.rules.cloudformation.aws_sagemaker_endpoint_kms as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"ScoringConfig": {"Type": "AWS::SageMaker::EndpointConfig", "Properties": props}}}

variant(type) := {"VariantName": "main", "ModelName": "m", "InitialInstanceCount": 2, "InstanceType": type}

test_missing_key_is_flagged_on_the_properties if {
	vs := rule.violations with input as template({"ProductionVariants": [variant("ml.c5.xlarge")]})
	found(vs) == {["TG-AWS-020", ["Resources", "ScoringConfig", "Properties"]]}
	some v in vs
	v.msg == "AWS::SageMaker::EndpointConfig/ScoringConfig does not set KmsKeyId, so the storage volumes of its instances use an AWS-managed key"
}

test_empty_key_is_flagged_on_the_property if {
	found(rule.violations) == {["TG-AWS-020", ["Resources", "ScoringConfig", "Properties", "KmsKeyId"]]} with input as template({"ProductionVariants": [variant("ml.c5.xlarge")], "KmsKeyId": ""})
}

test_key_reference_satisfies if {
	count(rule.violations) == 0 with input as template({"ProductionVariants": [variant("ml.c5.xlarge")], "KmsKeyId": {"Ref": "Key"}})
}

test_exemptions_and_unknowns if {
	count(rule.violations) == 0 with input as template({"ProductionVariants": [variant("ml.g5.xlarge")]})
	count(rule.violations) == 0 with input as template({"ProductionVariants": [{"VariantName": "s", "ModelName": "m", "ServerlessConfig": {"MaxConcurrency": 5, "MemorySizeInMB": 2048}}]})
	count(rule.violations) == 0 with input as template({"ProductionVariants": [variant({"Ref": "InstanceType"})]})
	count(rule.violations) == 0 with input as template({"ProductionVariants": {"Fn::If": ["Big", [variant("ml.c5.xlarge")], []]}})
	count(rule.violations) == 0 with input as template({"ProductionVariants": [variant("ml.c5.xlarge")], "KmsKeyId": {"Fn::If": ["Prod", {"Ref": "Key"}, {"Ref": "AWS::NoValue"}]}})
}
