package tollgate.rules.terraform.aws_sagemaker_job_kms_test

import data.tollgate.rules.terraform.aws_sagemaker_job_kms as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"resource": {type: {name: {
	"address": concat(".", [type, name]), "type": type,
	"name": name, "mode": "managed", "module": "", "config": cfg,
}}}}

dq(cluster, output) := res("aws_sagemaker_data_quality_job_definition", "dq", {
	"job_resources": [{"cluster_config": [cluster]}],
	"data_quality_job_output_config": [output],
})

cluster := {"instance_count": 1, "instance_type": "ml.m5.xlarge", "volume_size_in_gb": 20}

outputs := {"monitoring_outputs": [{"s3_output": [{"s3_uri": "s3://acme-monitoring/dq"}]}]}

dq_path := ["resource", "aws_sagemaker_data_quality_job_definition", "dq", "config"]

test_job_definition_without_keys if {
	vs := rule.violations with input as dq(cluster, outputs)
	found(vs) == {
		["TG-AWS-023", array.concat(dq_path, ["job_resources", 0, "cluster_config", 0])],
		["TG-AWS-023", array.concat(dq_path, ["data_quality_job_output_config", 0])],
	}
	msgs := {v.msg | some v in vs}
	"aws_sagemaker_data_quality_job_definition 'dq' does not set job_resources.cluster_config.volume_kms_key_id, so the storage volumes of its instances use an AWS-managed key" in msgs
	"aws_sagemaker_data_quality_job_definition 'dq' does not set data_quality_job_output_config.kms_key_id, so its output in S3 is not encrypted with a key of its own" in msgs
}

test_job_definition_with_keys_known_or_not if {
	key := {"__unknown__": true, "expr": "aws_kms_key.k.arn", "refs": ["aws_kms_key.k.arn"]}
	count(rule.violations) == 0 with input as dq(object.union(cluster, {"volume_kms_key_id": key}), object.union(outputs, {"kms_key_id": key}))
}

test_local_storage_or_unknown_instance_type_needs_no_volume_key if {
	vs := rule.violations with input as dq(object.union(cluster, {"instance_type": "ml.m5d.xlarge"}), object.union(outputs, {"kms_key_id": "k"}))
	count(vs) == 0
	unknown := {"__unknown__": true, "expr": "var.type", "refs": ["var.type"]}
	count(rule.violations) == 0 with input as dq(object.union(cluster, {"instance_type": unknown}), object.union(outputs, {"kms_key_id": "k"}))
}

test_monitoring_schedule_with_inline_definition if {
	cfg := {"monitoring_schedule_config": [{"monitoring_type": "DataQuality", "monitoring_job_definition": [{
		"monitoring_resources": [{"cluster_config": [cluster]}],
		"monitoring_output_config": [object.union(outputs, {"kms_key_id": "k"})],
	}]}]}
	vs := rule.violations with input as res("aws_sagemaker_monitoring_schedule", "s", cfg)
	found(vs) == {["TG-AWS-023", ["resource", "aws_sagemaker_monitoring_schedule", "s", "config", "monitoring_schedule_config", 0, "monitoring_job_definition", 0, "monitoring_resources", 0, "cluster_config", 0]]}
}

test_monitoring_schedule_by_name_is_not_a_job if {
	cfg := {"monitoring_schedule_config": [{"monitoring_type": "DataQuality", "monitoring_job_definition_name": "dq"}]}
	count(rule.violations) == 0 with input as res("aws_sagemaker_monitoring_schedule", "s", cfg)
}

training_step(args) := {"Name": "TrainModel", "Type": "Training", "Arguments": args}

pipeline(steps) := res("aws_sagemaker_pipeline", "p", {"pipeline_definition": json.marshal({"Version": "2020-12-01", "Steps": steps})})

test_pipeline_training_step_lands_on_the_step_name if {
	args := {"ResourceConfig": {"InstanceType": "ml.p3.2xlarge", "InstanceCount": 1}, "OutputDataConfig": {"S3OutputPath": "s3://acme-models/"}}
	vs := rule.violations with input as pipeline([training_step(args)])
	found(vs) == {["TG-AWS-023", ["resource", "aws_sagemaker_pipeline", "p", "config", "pipeline_definition"]]}
	count(vs) == 2
	every v in vs {
		v.params.snippet == "\"TrainModel\""
	}
	msgs := {v.msg | some v in vs}
	"aws_sagemaker_pipeline 'p' step \"TrainModel\" (Training) does not set ResourceConfig.VolumeKmsKeyId, so the storage volumes of its instances use an AWS-managed key" in msgs
}

test_pipeline_parameters_and_unknown_definitions_are_not_judged if {
	args := {
		"ResourceConfig": {"InstanceType": {"Get": "Parameters.TrainingInstance"}, "VolumeKmsKeyId": {"Get": "Parameters.Key"}},
		"OutputDataConfig": {"S3OutputPath": "s3://m/", "KmsKeyId": {"Get": "Parameters.Key"}},
	}
	count(rule.violations) == 0 with input as pipeline([training_step(args)])
	unknown := {"__unknown__": true, "expr": "jsonencode({...})", "refs": []}
	count(rule.violations) == 0 with input as res("aws_sagemaker_pipeline", "p", {"pipeline_definition": unknown})
}

test_processing_step_without_outputs_needs_no_output_key if {
	step := {"Name": "Check", "Type": "Processing", "Arguments": {"ProcessingResources": {"ClusterConfig": {"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeKmsKeyId": "k"}}}}
	count(rule.violations) == 0 with input as pipeline([step])
}
