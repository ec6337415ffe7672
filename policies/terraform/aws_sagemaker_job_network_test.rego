package tollgate.rules.terraform.aws_sagemaker_job_network_test

import data.tollgate.rules.terraform.aws_sagemaker_job_network as rule

found(vs) := {[v.rule, v.path] | some v in vs}

dq(network) := {"resource": {"aws_sagemaker_data_quality_job_definition": {"dq": {
	"address": "aws_sagemaker_data_quality_job_definition.dq", "type": "aws_sagemaker_data_quality_job_definition",
	"name": "dq", "mode": "managed", "module": "", "config": object.union({"role_arn": "r"}, network),
}}}}

path := ["resource", "aws_sagemaker_data_quality_job_definition", "dq"]

test_open_network_is_flagged if {
	vs := rule.violations with input as dq({})
	found(vs) == {["TG-AWS-027", path]}
	some v in vs
	v.msg == "aws_sagemaker_data_quality_job_definition 'dq' runs without network isolation and outside a VPC: set network_config.enable_network_isolation = true or give it a network_config.vpc_config"
	found(rule.violations) == {["TG-AWS-027", array.concat(path, ["config", "network_config", 0, "enable_network_isolation"])]} with input as dq({"network_config": [{"enable_network_isolation": false}]})
	found(rule.violations) == {["TG-AWS-027", array.concat(path, ["config", "network_config", 0])]} with input as dq({"network_config": [{"enable_inter_container_traffic_encryption": true}]})
}

test_isolation_or_vpc_or_unknown_pass if {
	count(rule.violations) == 0 with input as dq({"network_config": [{"enable_network_isolation": true}]})
	count(rule.violations) == 0 with input as dq({"network_config": [{"vpc_config": [{"subnets": ["s"], "security_group_ids": ["g"]}]}]})
	count(rule.violations) == 0 with input as dq({"network_config": [{"enable_network_isolation": {"__unknown__": true, "expr": "var.i", "refs": ["var.i"]}}]})
}

test_plan_with_empty_vpc_block if {
	found(rule.violations) == {["TG-AWS-027", array.concat(path, ["config", "network_config", 0, "enable_network_isolation"])]} with input as dq({"network_config": [{"enable_network_isolation": false, "vpc_config": []}]})
}

test_pipeline_training_step if {
	def := json.marshal({"Steps": [
		{"Name": "Train", "Type": "Training", "Arguments": {"ResourceConfig": {"InstanceCount": 1}}},
		{"Name": "TrainIsolated", "Type": "Training", "Arguments": {"EnableNetworkIsolation": true}},
		{"Name": "TrainInVpc", "Type": "Training", "Arguments": {"VpcConfig": {"Subnets": ["s"], "SecurityGroupIds": ["g"]}}},
		{"Name": "TrainParam", "Type": "Training", "Arguments": {"EnableNetworkIsolation": {"Get": "Parameters.Isolate"}}},
		{"Name": "Batch", "Type": "Transform", "Arguments": {}},
	]})
	d := {"resource": {"aws_sagemaker_pipeline": {"p": {"address": "aws_sagemaker_pipeline.p", "type": "aws_sagemaker_pipeline", "name": "p", "mode": "managed", "module": "", "config": {"pipeline_definition": def}}}}}
	vs := rule.violations with input as d
	{v.params.snippet | some v in vs} == {"\"Train\""}
}
