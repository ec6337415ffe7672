package tollgate.rules.cloudformation.aws_sagemaker_job_network_test

import data.tollgate.rules.cloudformation.aws_sagemaker_job_network as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(type, props) := {"Resources": {"Job": {"Type": type, "Properties": props}}}

test_open_network_is_flagged if {
	vs := rule.violations with input as template("AWS::SageMaker::ModelExplainabilityJobDefinition", {"RoleArn": "r"})
	found(vs) == {["TG-AWS-027", ["Resources", "Job", "Properties"]]}
	some v in vs
	v.msg == "AWS::SageMaker::ModelExplainabilityJobDefinition/Job runs without network isolation and outside a VPC: set NetworkConfig.EnableNetworkIsolation = true or give it a NetworkConfig.VpcConfig"
}

test_isolation_vpc_or_intrinsic_pass if {
	count(rule.violations) == 0 with input as template("AWS::SageMaker::DataQualityJobDefinition", {"NetworkConfig": {"EnableNetworkIsolation": true}})
	count(rule.violations) == 0 with input as template("AWS::SageMaker::DataQualityJobDefinition", {"NetworkConfig": {"VpcConfig": {"Subnets": ["s"], "SecurityGroupIds": ["g"]}}})
	count(rule.violations) == 0 with input as template("AWS::SageMaker::DataQualityJobDefinition", {"NetworkConfig": {"Fn::If": ["Vpc", {}, {}]}})
	count(rule.violations) == 0 with input as template("AWS::SageMaker::DataQualityJobDefinition", {"NetworkConfig": {"EnableNetworkIsolation": {"Ref": "Isolate"}}})
}

test_schedule_inline_definition if {
	props := {"MonitoringScheduleConfig": {"MonitoringJobDefinition": {"NetworkConfig": {"EnableNetworkIsolation": false}}}}
	vs := rule.violations with input as template("AWS::SageMaker::MonitoringSchedule", props)
	found(vs) == {["TG-AWS-027", ["Resources", "Job", "Properties", "MonitoringScheduleConfig", "MonitoringJobDefinition", "NetworkConfig", "EnableNetworkIsolation"]]}
}
