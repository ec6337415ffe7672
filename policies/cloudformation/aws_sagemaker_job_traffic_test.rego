package tollgate.rules.cloudformation.aws_sagemaker_job_traffic_test

import data.tollgate.rules.cloudformation.aws_sagemaker_job_traffic as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"Dq": {"Type": "AWS::SageMaker::DataQualityJobDefinition", "Properties": props}}}

resources(n) := {"JobResources": {"ClusterConfig": {"InstanceCount": n, "InstanceType": "ml.m5.xlarge"}}}

test_distributed_job_without_encryption if {
	found(rule.violations) == {["TG-AWS-024", ["Resources", "Dq", "Properties"]]} with input as template(resources(2))
	props := object.union(resources(2), {"NetworkConfig": {"EnableInterContainerTrafficEncryption": "false"}})
	found(rule.violations) == {["TG-AWS-024", ["Resources", "Dq", "Properties", "NetworkConfig", "EnableInterContainerTrafficEncryption"]]} with input as template(props)
}

test_compliant_single_or_unknown if {
	count(rule.violations) == 0 with input as template(resources(1))
	count(rule.violations) == 0 with input as template(resources({"Ref": "Count"}))
	count(rule.violations) == 0 with input as template(object.union(resources(2), {"NetworkConfig": {"EnableInterContainerTrafficEncryption": true}}))
	count(rule.violations) == 0 with input as template(object.union(resources(2), {"NetworkConfig": {"Ref": "Net"}}))
}

test_pipeline_processing_step if {
	body := json.marshal({"Steps": [{"Name": "Features", "Type": "Processing", "Arguments": {"ProcessingResources": {"ClusterConfig": {"InstanceCount": 4, "InstanceType": "ml.m5.xlarge"}}, "NetworkConfig": {"EnableNetworkIsolation": true}}}]})
	vs := rule.violations with input as {"Resources": {"P": {"Type": "AWS::SageMaker::Pipeline", "Properties": {"PipelineDefinition": {"PipelineDefinitionBody": body}}}}}
	some v in vs
	v.msg == "AWS::SageMaker::Pipeline/P step \"Features\" (Processing) runs on several instances without NetworkConfig.EnableInterContainerTrafficEncryption = true, so the traffic between them is not encrypted"
}
