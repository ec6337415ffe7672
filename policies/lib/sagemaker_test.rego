package tollgate.lib.sagemaker_test

import data.tollgate.lib.governance as gov
import data.tollgate.lib.sagemaker as sm

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

test_setting_set_missing_unknown if {
	obj := {"JobResources": {"ClusterConfig": {"InstanceType": "ml.m5.large"}}, "NetworkConfig": {"Ref": "Net"}}
	sm.setting(obj, ["JobResources", "ClusterConfig", "InstanceType"]) == {"state": "set", "value": "ml.m5.large", "at": ["JobResources", "ClusterConfig", "InstanceType"]}
	sm.setting(obj, ["JobResources", "ClusterConfig", "VolumeKmsKeyId"]) == {"state": "missing", "at": ["JobResources", "ClusterConfig"]}
	sm.setting(obj, ["DataQualityJobOutputConfig", "KmsKeyId"]) == {"state": "missing", "at": []}
	sm.setting(obj, ["NetworkConfig", "EnableNetworkIsolation"]) == {"state": "unknown"}
	sm.setting({"A": {"Get": "Parameters.Key"}}, ["A"]) == {"state": "unknown"}
	sm.setting({"A": {"Fn::If": ["C", "x", "y"]}}, ["A"]) == {"state": "unknown"}
}

test_no_key if {
	sm.no_key({"state": "missing", "at": []})
	sm.no_key({"state": "set", "value": "", "at": ["K"]})
	not sm.no_key({"state": "set", "value": "arn:aws:kms:eu-west-1:111122223333:key/k", "at": ["K"]})
	not sm.no_key({"state": "unknown"})
}

test_tf_setting_in_nested_blocks if {
	body := {"job_resources": [{"cluster_config": [{"instance_count": 2, "volume_kms_key_id": unknown_var("key")}]}], "network_config": [{}]}
	sm.tf_setting(body, ["job_resources", "cluster_config"], "instance_count") == {"state": "set", "value": 2, "at": ["job_resources", 0, "cluster_config", 0, "instance_count"]}
	sm.tf_setting(body, ["job_resources", "cluster_config"], "volume_kms_key_id") == {"state": "unknown"}
	sm.tf_setting(body, ["network_config"], "enable_network_isolation") == {"state": "missing", "at": ["network_config", 0]}
	sm.tf_setting(body, ["data_quality_job_output_config"], "kms_key_id") == {"state": "missing", "at": []}
}

test_tf_setting_json_objects_nulls_and_unknown_blocks if {
	sm.tf_setting({"network_config": {"enable_network_isolation": true}}, ["network_config"], "enable_network_isolation").at == ["network_config", "enable_network_isolation"]
	sm.tf_setting({"kms_key_id": null}, [], "kms_key_id") == {"state": "missing", "at": []}
	sm.tf_setting({"network_config": unknown_var("net")}, ["network_config"], "enable_network_isolation") == {"state": "unknown"}
	sm.tf_setting({"network_config": []}, ["network_config"], "enable_network_isolation") == {"state": "missing", "at": []}
}

test_local_storage_instances if {
	every t in ["ml.m5d.xlarge", "ml.g4dn.xlarge", "ml.p4d.24xlarge", "ml.g5.2xlarge", "ml.p5.48xlarge", "ml.trn1.32xlarge", "ml.c6id.large"] {
		sm.local_storage_instance(t)
	}
	every t in ["ml.m5.xlarge", "ml.c5.2xlarge", "ml.inf2.xlarge", "ml.t3.medium", "ml.p3.2xlarge", "local"] {
		not sm.local_storage_instance(t)
	}
}

pipeline := json.marshal({"Version": "2020-12-01", "Steps": [
	{"Name": "Prepare", "Type": "Processing", "Arguments": {"ProcessingResources": {"ClusterConfig": {"InstanceType": "ml.m5.xlarge", "InstanceCount": 1}}}},
	{"Name": "Check", "Type": "Condition", "Arguments": {"IfSteps": [{"Name": "Train", "Type": "Training", "Arguments": {"ResourceConfig": {"InstanceCount": 2}}}], "ElseSteps": []}},
	{"Name": "Tune", "Type": "Tuning", "Arguments": {"TrainingJobDefinitions": [{"DefinitionName": "a"}, {"DefinitionName": "b"}]}},
	{"Name": "Fail", "Type": "Fail", "Arguments": {"ErrorMessage": "no"}},
]})

test_pipeline_jobs_walk_condition_and_tuning_steps if {
	jobs := sm.pipeline_jobs(sm.pipeline_document(pipeline))
	{[j.step, j.type] | some j in jobs} == {["Prepare", "Processing"], ["Train", "Training"], ["Tune", "Tuning"]}
	count(jobs) == 4
	not sm.pipeline_document("{not json")
	not sm.pipeline_document(unknown_var("definition"))
}

test_distributed if {
	sm.distributed({"ResourceConfig": {"InstanceCount": 2}}, sm.job_layout("Training"))
	not sm.distributed({"ResourceConfig": {"InstanceCount": 1}}, sm.job_layout("Training"))
	not sm.distributed({"ResourceConfig": {"InstanceCount": {"Get": "Parameters.Count"}}}, sm.job_layout("Training"))
	sm.distributed({"ResourceConfig": {"InstanceGroups": [{"InstanceCount": 1}, {"InstanceCount": 1}]}}, sm.job_layout("Training"))
}

test_cfn_pipeline_text if {
	sm.cfn_pipeline_text("{}") == "{}"
	sm.cfn_pipeline_text({"Fn::Sub": "{\"a\": \"${X}\"}"}) == "{\"a\": \"${X}\"}"
	sm.cfn_pipeline_text({"Fn::Sub": ["{}", {"X": "y"}]}) == "{}"
	not sm.cfn_pipeline_text({"Fn::Join": ["", ["{", "}"]]})
}

test_s3_bucket if {
	sm.s3_bucket("s3://acme-models/resnet/model.tar.gz") == "acme-models"
	sm.s3_bucket("https://acme-models.s3.eu-west-1.amazonaws.com/resnet/model.tar.gz") == "acme-models"
	sm.s3_bucket("https://s3.eu-west-1.amazonaws.com/acme-models/resnet/model.tar.gz") == "acme-models"
	not sm.s3_bucket("file:///tmp/model.tar.gz")
}

test_approved_uri_and_image if {
	sm.approved_uri("s3://anything/model.tar.gz", [])
	sm.approved_uri("s3://acme-models/m.tar.gz", ["acme-models"])
	not sm.approved_uri("s3://acme-models-dev/m.tar.gz", ["acme-models"])
	sm.approved_uri("s3://shared/team-a/m.tar.gz", ["s3://shared/team-a/"])
	not sm.approved_uri("s3://shared/team-b/m.tar.gz", ["s3://shared/team-a/"])
}

test_production_tags if {
	sm.production_tags({"Environment": "Prod"}, ["environment"], ["prod", "production"])
	not sm.production_tags({"environment": "staging"}, ["environment"], ["prod"])
	not sm.production_tags({"environment": unknown_var("env")}, ["environment"], ["prod"])
	not sm.production_tags(unknown_var("tags"), ["environment"], ["prod"])
	sm.cfn_tag_map([{"Key": "env", "Value": "prod"}, {"Key": {"Ref": "K"}, "Value": "x"}]) == {"env": "prod"}
}

test_provider_default_tags if {
	providers := {"aws": [
		{"region": "eu-west-1", "default_tags": [{"tags": {"environment": "prod"}}]},
		{"alias": "dev", "default_tags": [{"tags": {"environment": "dev"}}]},
	]}

	# The provider defaults SageMaker's production check reads are the governance lib's.
	gov.default_tags({"type": "x"}) == {"environment": "prod"} with input.provider as providers
	gov.default_tags({"provider": "aws.dev"}) == {"environment": "dev"} with input.provider as providers
	gov.default_tags({"type": "x"}) == {} with input.provider as {} with input.terraform as [{"backend": [{"s3": {}}]}]
	sm.tf_tagged({"config": {}, "resource": {"type": "x"}}, ["environment"], ["prod"]) with input.provider as providers
}
