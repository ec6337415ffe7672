package tollgate.rules.terraform.aws_sagemaker_job_traffic_test

import data.tollgate.rules.terraform.aws_sagemaker_job_traffic as rule

found(vs) := {[v.rule, v.path] | some v in vs}

dq(count, network) := {"resource": {"aws_sagemaker_data_quality_job_definition": {"dq": {
	"address": "aws_sagemaker_data_quality_job_definition.dq", "type": "aws_sagemaker_data_quality_job_definition",
	"name": "dq", "mode": "managed", "module": "", "config": object.union(
		{"job_resources": [{"cluster_config": [{"instance_count": count, "instance_type": "ml.m5.xlarge"}]}]},
		network,
	),
}}}}

path := ["resource", "aws_sagemaker_data_quality_job_definition", "dq"]

test_distributed_job_without_encryption if {
	vs := rule.violations with input as dq(3, {})
	found(vs) == {["TG-AWS-024", path]}
	some v in vs
	v.msg == "aws_sagemaker_data_quality_job_definition 'dq' runs on several instances without network_config.enable_inter_container_traffic_encryption = true, so the traffic between them is not encrypted"
	found(rule.violations) == {["TG-AWS-024", array.concat(path, ["config", "network_config", 0])]} with input as dq(3, {"network_config": [{"enable_network_isolation": true}]})
	found(rule.violations) == {["TG-AWS-024", array.concat(path, ["config", "network_config", 0, "enable_inter_container_traffic_encryption"])]} with input as dq(3, {"network_config": [{"enable_inter_container_traffic_encryption": false}]})
}

test_single_instance_unknown_count_or_encrypted_pass if {
	count(rule.violations) == 0 with input as dq(1, {})
	count(rule.violations) == 0 with input as dq({"__unknown__": true, "expr": "var.n", "refs": ["var.n"]}, {})
	count(rule.violations) == 0 with input as dq(3, {"network_config": [{"enable_inter_container_traffic_encryption": true}]})
	count(rule.violations) == 0 with input as dq(3, {"network_config": [{"enable_inter_container_traffic_encryption": {"__unknown__": true, "expr": "var.e", "refs": ["var.e"]}}]})
}

test_pipeline_training_step_on_two_instances if {
	def := json.marshal({"Steps": [{"Name": "Train", "Type": "Training", "Arguments": {"ResourceConfig": {"InstanceCount": 2, "InstanceType": "ml.p3.8xlarge"}}}]})
	d := {"resource": {"aws_sagemaker_pipeline": {"p": {"address": "aws_sagemaker_pipeline.p", "type": "aws_sagemaker_pipeline", "name": "p", "mode": "managed", "module": "", "config": {"pipeline_definition": def}}}}}
	vs := rule.violations with input as d
	found(vs) == {["TG-AWS-024", ["resource", "aws_sagemaker_pipeline", "p", "config", "pipeline_definition"]]}
}
