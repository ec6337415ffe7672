package tollgate.rules.cloudformation.aws_sagemaker_model_source_test

import data.tollgate.rules.cloudformation.aws_sagemaker_model_source as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"Scoring": {"Type": "AWS::SageMaker::Model", "Properties": props}}}

ecr := "111122223333.dkr.ecr.eu-west-1.amazonaws.com/"

test_unapproved_buckets_are_flagged if {
	props := {
		"PrimaryContainer": {"ModelDataUrl": "https://partner-models.s3.eu-west-1.amazonaws.com/m.tar.gz"},
		"Containers": [{"ModelDataSource": {"S3DataSource": {"S3Uri": "s3://acme-models/llm/"}}}, {"ModelDataUrl": {"Fn::Sub": "s3://${Bucket}/m.tar.gz"}}],
	}
	vs := rule.violations with input as template(props) with data.params.aws.approved_model_buckets as ["acme-models"]
	found(vs) == {["TG-AWS-032", ["Resources", "Scoring", "Properties", "PrimaryContainer", "ModelDataUrl"]]}
	some v in vs
	v.msg == "AWS::SageMaker::Model/Scoring loads its model artefact from https://partner-models.s3.eu-west-1.amazonaws.com/m.tar.gz, which is not in an approved model bucket (acme-models)"
}

test_unapproved_registry_and_moving_tag if {
	props := {"Containers": [{"Image": concat("", [ecr, "a:1"])}, {"Image": "ghcr.io/someone/server:3"}, {"Image": {"Fn::Sub": "${AWS::AccountId}.dkr.ecr.eu-west-1.amazonaws.com/b:1"}}]}
	found(rule.violations) == {["TG-AWS-032", ["Resources", "Scoring", "Properties", "Containers", 1, "Image"]]} with input as template(props) with data.params.governance.approved_registries as [ecr]
	found(rule.violations) == {["TG-AWS-032", ["Resources", "Scoring", "Properties", "PrimaryContainer", "Image"]]} with input as template({"PrimaryContainer": {"Image": concat("", [ecr, "a:latest"])}})
}

test_empty_lists_approve_all if {
	count(rule.violations) == 0 with input as template({"PrimaryContainer": {"Image": "ghcr.io/someone/server:3.2", "ModelDataUrl": "s3://x/m.tar.gz"}})
}
