package tollgate.rules.cloudformation.aws_sagemaker_job_kms_test

import data.tollgate.rules.cloudformation.aws_sagemaker_job_kms as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(type, props) := {"Resources": {"Job": {"Type": type, "Properties": props}}}

cluster := {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 20}

test_model_bias_job_definition_without_keys if {
	props := {"JobResources": {"ClusterConfig": cluster}, "ModelBiasJobOutputConfig": {"MonitoringOutputs": []}}
	vs := rule.violations with input as template("AWS::SageMaker::ModelBiasJobDefinition", props)
	found(vs) == {
		["TG-AWS-023", ["Resources", "Job", "Properties", "JobResources", "ClusterConfig"]],
		["TG-AWS-023", ["Resources", "Job", "Properties", "ModelBiasJobOutputConfig"]],
	}
	msgs := {v.msg | some v in vs}
	"AWS::SageMaker::ModelBiasJobDefinition/Job does not set JobResources.ClusterConfig.VolumeKmsKeyId, so the storage volumes of its instances use an AWS-managed key" in msgs
}

test_data_quality_job_definition_with_keys if {
	props := {"JobResources": {"ClusterConfig": object.union(cluster, {"VolumeKmsKeyId": {"Ref": "Key"}})}, "DataQualityJobOutputConfig": {"KmsKeyId": {"Ref": "Key"}}}
	count(rule.violations) == 0 with input as template("AWS::SageMaker::DataQualityJobDefinition", props)
}

test_intrinsic_structures_are_not_judged if {
	props := {"JobResources": {"Fn::If": ["Big", {"ClusterConfig": cluster}, {"ClusterConfig": cluster}]}, "ModelQualityJobOutputConfig": {"KmsKeyId": "k"}}
	count(rule.violations) == 0 with input as template("AWS::SageMaker::ModelQualityJobDefinition", props)
}

test_monitoring_schedule_inline_definition if {
	props := {"MonitoringScheduleConfig": {"MonitoringJobDefinition": {
		"MonitoringResources": {"ClusterConfig": object.union(cluster, {"VolumeKmsKeyId": "k"})},
		"MonitoringOutputConfig": {"MonitoringOutputs": []},
	}}}
	vs := rule.violations with input as template("AWS::SageMaker::MonitoringSchedule", props)
	found(vs) == {["TG-AWS-023", ["Resources", "Job", "Properties", "MonitoringScheduleConfig", "MonitoringJobDefinition", "MonitoringOutputConfig"]]}
	some v in vs
	v.msg == "AWS::SageMaker::MonitoringSchedule/Job does not set MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringOutputConfig.KmsKeyId, so its output in S3 is not encrypted with a key of its own"
}

test_pipeline_with_sub_placeholders if {
	body := "{\"Version\": \"2020-12-01\", \"Steps\": [{\"Name\": \"Batch\", \"Type\": \"Transform\", \"Arguments\": {\"ModelName\": \"${ModelName}\", \"TransformResources\": {\"InstanceType\": \"ml.m5.xlarge\", \"InstanceCount\": 1, \"VolumeKmsKeyId\": \"${Key}\"}, \"TransformOutput\": {\"S3OutputPath\": \"s3://out/\"}}}]}"
	vs := rule.violations with input as template("AWS::SageMaker::Pipeline", {"PipelineDefinition": {"PipelineDefinitionBody": {"Fn::Sub": body}}})
	found(vs) == {["TG-AWS-023", ["Resources", "Job", "Properties", "PipelineDefinition", "PipelineDefinitionBody"]]}
	some v in vs
	v.msg == "AWS::SageMaker::Pipeline/Job step \"Batch\" (Transform) does not set TransformOutput.KmsKeyId, so its output in S3 is not encrypted with a key of its own"
	v.params.snippet == "\"Batch\""
}

test_pipeline_in_s3_or_joined_is_not_judged if {
	count(rule.violations) == 0 with input as template("AWS::SageMaker::Pipeline", {"PipelineDefinition": {"PipelineDefinitionS3Location": {"Bucket": "b", "Key": "k"}}})
	count(rule.violations) == 0 with input as template("AWS::SageMaker::Pipeline", {"PipelineDefinition": {"PipelineDefinitionBody": {"Fn::Join": ["", ["{", "}"]]}}})
}
