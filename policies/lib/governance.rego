# Helpers of the architecture-governance rules (TG-GOV-*): allow-lists of glob patterns, tag keys,
# the resource types that take tags or labels, and where a Terraform resource's provider defaults
# (AWS default_tags, Google default_labels) come from.
package tollgate.lib.governance

import data.tollgate.lib.terraform as tf

# --- Allow-lists -------------------------------------------------------------------------------

# listed(patterns, value): the value matches one of the glob patterns, ignoring case and taking
# '_' for '-' (Vertex AI writes NVIDIA_TESLA_T4 where Compute Engine writes nvidia-tesla-t4). `*`
# matches any run of characters (dots and dashes included), `?` one character: "ml.g5.*", "eu-*",
# "Standard_NC*_v4".
listed(patterns, value) if {
	is_string(value)
	some p in patterns
	is_string(p)
	glob.match(comparable(p), null, comparable(value))
}

comparable(s) := replace(lower(s), "_", "-")

# The patterns of a list, comma-separated, for messages.
shown(patterns) := concat(", ", [p | some p in patterns])

# --- Tags and labels ---------------------------------------------------------------------------

# tag_key(k): a tag or label key as compared with a required one: lower case, without '-', '_' and
# spaces, so cost-center is satisfied by cost_center, CostCenter or "Cost Center" (GCP label keys
# cannot hold upper case, AWS and Azure conventions often use it).
tag_key(k) := lower(replace(replace(replace(k, "-", ""), "_", ""), " ", ""))

# missing(required, tags): the required keys (in their order) that the tags object lacks, or has
# with an empty value. A value that is not known statically counts as present.
missing(required, tags) := [k |
	some k in required
	not has_tag(tags, k)
]

has_tag(tags, key) if {
	some k, v in tags
	is_string(k)
	tag_key(k) == tag_key(key)
	not empty(v)
}

empty(null)

empty(v) if {
	is_string(v)
	trim_space(v) == ""
}

# A CloudFormation Tags property as an object: a list of {Key, Value} or, for some types
# (AWS::EKS::Nodegroup, AWS::SSM::Parameter, AWS::Batch::*, AWS::Glue::*), a map. Undefined when a
# key is computed at deploy time ({"Ref": ...}): any key may be there.
cfn_tags(v) := {k: val |
	some t in v
	k := t.Key
	val := object.get(t, "Value", null)
} if {
	is_array(v)
	every t in v {
		is_string(t.Key)
	}
}

cfn_tags(v) := v if {
	is_object(v)
	not cfn_intrinsic(v)
}

cfn_intrinsic(v) if {
	count(v) == 1
	some k, _ in v
	k in {"Ref", "Condition"}
}

cfn_intrinsic(v) if {
	count(v) == 1
	some k, _ in v
	startswith(k, "Fn::")
}

# --- Provider defaults of a Terraform resource -------------------------------------------------

# The provider configuration a resource uses: "aws", "aws.west", "google-beta".
provider_address(res, local) := object.get(res, "provider", local)

# A module directory with a backend (or Terraform Cloud) is a root module: a provider it does not
# configure has the empty default configuration. Anywhere else an unconfigured provider is
# inherited from the caller, whose defaults tollgate cannot see.
root_module if {
	some t in input.terraform
	t.backend
}

root_module if {
	some t in input.terraform
	t.cloud
}

# The provider blocks of the unit that configure `address` ("aws" or "aws.<alias>").
provider_blocks(address) := [b |
	parts := split(address, ".")
	some b in input.provider[parts[0]]
	object.get(b, "alias", "") == alias_of(parts)
]

alias_of(parts) := parts[1] if count(parts) > 1

else := ""

# default_tags(res): the tags the AWS provider configuration of `res` adds to it (default_tags),
# undefined when they are not known statically (a variable, an inherited configuration).
default_tags(res) := tags if {
	blocks := provider_blocks(provider_address(res, "aws"))
	count(blocks) > 0
	tags := aws_defaults(blocks[0])
} else := {} if {
	count(provider_blocks(provider_address(res, "aws"))) == 0
	provider_address(res, "aws") == "aws"
	root_module
}

# (object.union_n of an empty array is undefined in the WASM runtime, {} in OPA: start with {}.)
aws_defaults(block) := object.union_n(array.concat([{}], [map_of(object.get(d.block, "tags", {})) |
	some d in tf.blocks(block, "default_tags")
])) if {
	every d in tf.blocks(block, "default_tags") {
		known_map(object.get(d.block, "tags", {}))
	}
}

# default_labels(res): the labels the Google provider configuration of `res` adds (default_labels).
default_labels(res) := labels if {
	blocks := provider_blocks(provider_address(res, "google"))
	count(blocks) > 0
	known_map(object.get(blocks[0], "default_labels", {}))
	labels := map_of(object.get(blocks[0], "default_labels", {}))
} else := {} if {
	count(provider_blocks(provider_address(res, "google"))) == 0
	provider_address(res, "google") == "google"
	root_module
}

known_map(v) if {
	is_object(v)
	tf.known(v)
}

known_map(null)

# A tags argument as an object: null (Terraform's "not set") is none.
map_of(null) := {}

map_of(v) := v if is_object(v)

# --- Resource types that take tags or labels ---------------------------------------------------
# Maintained by hand: the types of an ML platform (SageMaker, Bedrock, Vertex AI, Azure ML and what
# surrounds them: storage, compute, Kubernetes, networking, keys, identities, data services). A
# type missing here is not checked; add it when it is used.

# AWS provider resources with a `tags` argument (and tags_all from default_tags).
aws_taggable := {
	"aws_api_gateway_rest_api", "aws_apigatewayv2_api", "aws_athena_workgroup",
	"aws_backup_vault", "aws_batch_compute_environment", "aws_batch_job_definition",
	"aws_batch_job_queue", "aws_bedrock_custom_model", "aws_bedrock_guardrail",
	"aws_bedrock_provisioned_model_throughput", "aws_bedrockagent_agent",
	"aws_bedrockagent_knowledge_base", "aws_cloudtrail", "aws_cloudwatch_log_group",
	"aws_codebuild_project", "aws_codepipeline", "aws_db_instance", "aws_db_parameter_group",
	"aws_db_subnet_group", "aws_dynamodb_table", "aws_ebs_volume", "aws_ec2_capacity_reservation",
	"aws_ecr_repository", "aws_ecs_cluster", "aws_ecs_service", "aws_ecs_task_definition",
	"aws_efs_access_point", "aws_efs_file_system", "aws_eip", "aws_eks_addon", "aws_eks_cluster",
	"aws_eks_fargate_profile", "aws_eks_node_group", "aws_elasticache_cluster",
	"aws_elasticache_replication_group", "aws_emr_cluster", "aws_flow_log",
	"aws_fsx_lustre_file_system", "aws_glue_crawler", "aws_glue_job", "aws_iam_instance_profile",
	"aws_iam_openid_connect_provider", "aws_iam_policy", "aws_iam_role", "aws_iam_user",
	"aws_instance", "aws_internet_gateway", "aws_key_pair", "aws_kinesis_firehose_delivery_stream",
	"aws_kinesis_stream", "aws_kms_key", "aws_lambda_function", "aws_launch_template", "aws_lb",
	"aws_lb_target_group", "aws_nat_gateway", "aws_network_acl", "aws_network_interface",
	"aws_opensearch_domain", "aws_placement_group", "aws_rds_cluster", "aws_rds_cluster_instance",
	"aws_redshift_cluster", "aws_route_table", "aws_s3_bucket", "aws_sagemaker_app",
	"aws_sagemaker_app_image_config", "aws_sagemaker_code_repository", "aws_sagemaker_domain",
	"aws_sagemaker_endpoint", "aws_sagemaker_endpoint_configuration", "aws_sagemaker_feature_group",
	"aws_sagemaker_flow_definition", "aws_sagemaker_image", "aws_sagemaker_mlflow_tracking_server",
	"aws_sagemaker_model", "aws_sagemaker_model_package_group", "aws_sagemaker_monitoring_schedule",
	"aws_sagemaker_notebook_instance", "aws_sagemaker_pipeline", "aws_sagemaker_project",
	"aws_sagemaker_space", "aws_sagemaker_studio_lifecycle_config", "aws_sagemaker_user_profile",
	"aws_sagemaker_workteam", "aws_secretsmanager_secret", "aws_security_group", "aws_sfn_state_machine",
	"aws_sns_topic", "aws_spot_instance_request", "aws_sqs_queue", "aws_ssm_parameter", "aws_subnet",
	"aws_vpc", "aws_vpc_endpoint",
}

# Google provider resources with labels, and the argument that holds them.
gcp_labelled := {
	"google_artifact_registry_repository": "labels",
	"google_bigquery_dataset": "labels",
	"google_bigquery_table": "labels",
	"google_bigtable_instance": "labels",
	"google_cloud_run_v2_job": "labels",
	"google_cloud_run_v2_service": "labels",
	"google_cloudfunctions2_function": "labels",
	"google_colab_runtime_template": "labels",
	"google_composer_environment": "labels",
	"google_compute_address": "labels",
	"google_compute_disk": "labels",
	"google_compute_instance": "labels",
	"google_compute_instance_template": "labels",
	"google_container_cluster": "resource_labels",
	"google_dataflow_job": "labels",
	"google_dataproc_cluster": "labels",
	"google_filestore_instance": "labels",
	"google_kms_crypto_key": "labels",
	"google_notebooks_instance": "labels",
	"google_project": "labels",
	"google_pubsub_subscription": "labels",
	"google_pubsub_topic": "labels",
	"google_redis_instance": "labels",
	"google_secret_manager_secret": "labels",
	"google_spanner_instance": "labels",
	"google_storage_bucket": "labels",
	"google_vertex_ai_dataset": "labels",
	"google_vertex_ai_endpoint": "labels",
	"google_vertex_ai_feature_online_store": "labels",
	"google_vertex_ai_featurestore": "labels",
	"google_vertex_ai_index": "labels",
	"google_vertex_ai_index_endpoint": "labels",
	"google_vertex_ai_tensorboard": "labels",
	"google_workbench_instance": "labels",
}

# AzureRM resources with a `tags` argument.
azure_taggable := {
	"azurerm_application_insights", "azurerm_cognitive_account", "azurerm_container_registry",
	"azurerm_cosmosdb_account", "azurerm_data_factory", "azurerm_databricks_workspace",
	"azurerm_eventhub_namespace", "azurerm_key_vault", "azurerm_kubernetes_cluster",
	"azurerm_kubernetes_cluster_node_pool", "azurerm_linux_function_app",
	"azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_linux_web_app",
	"azurerm_log_analytics_workspace", "azurerm_machine_learning_compute_cluster",
	"azurerm_machine_learning_compute_instance", "azurerm_machine_learning_inference_cluster",
	"azurerm_machine_learning_workspace", "azurerm_managed_disk", "azurerm_mssql_database",
	"azurerm_mssql_server", "azurerm_nat_gateway", "azurerm_network_interface",
	"azurerm_network_security_group", "azurerm_postgresql_flexible_server", "azurerm_private_endpoint",
	"azurerm_public_ip", "azurerm_resource_group", "azurerm_route_table", "azurerm_search_service",
	"azurerm_service_plan", "azurerm_servicebus_namespace", "azurerm_storage_account",
	"azurerm_synapse_workspace", "azurerm_user_assigned_identity", "azurerm_virtual_network",
	"azurerm_windows_virtual_machine", "azurerm_windows_virtual_machine_scale_set",
}

# CloudFormation resource types with tags, and the property that holds them (the same services as
# aws_taggable).
cfn_taggable := {
	"AWS::ApiGateway::RestApi": "Tags",
	"AWS::Athena::WorkGroup": "Tags",
	"AWS::Batch::ComputeEnvironment": "Tags",
	"AWS::Batch::JobQueue": "Tags",
	"AWS::CodeBuild::Project": "Tags",
	"AWS::DynamoDB::Table": "Tags",
	"AWS::EC2::EIP": "Tags",
	"AWS::EC2::Instance": "Tags",
	"AWS::EC2::InternetGateway": "Tags",
	"AWS::EC2::NatGateway": "Tags",
	"AWS::EC2::RouteTable": "Tags",
	"AWS::EC2::SecurityGroup": "Tags",
	"AWS::EC2::Subnet": "Tags",
	"AWS::EC2::Volume": "Tags",
	"AWS::EC2::VPC": "Tags",
	"AWS::ECR::Repository": "Tags",
	"AWS::ECS::Cluster": "Tags",
	"AWS::ECS::Service": "Tags",
	"AWS::ECS::TaskDefinition": "Tags",
	"AWS::EFS::AccessPoint": "AccessPointTags",
	"AWS::EFS::FileSystem": "FileSystemTags",
	"AWS::EKS::Cluster": "Tags",
	"AWS::EKS::Nodegroup": "Tags",
	"AWS::ElasticLoadBalancingV2::LoadBalancer": "Tags",
	"AWS::EMR::Cluster": "Tags",
	"AWS::Glue::Job": "Tags",
	"AWS::IAM::Role": "Tags",
	"AWS::IAM::User": "Tags",
	"AWS::Kinesis::Stream": "Tags",
	"AWS::KMS::Key": "Tags",
	"AWS::Lambda::Function": "Tags",
	"AWS::Logs::LogGroup": "Tags",
	"AWS::OpenSearchService::Domain": "Tags",
	"AWS::RDS::DBCluster": "Tags",
	"AWS::RDS::DBInstance": "Tags",
	"AWS::Redshift::Cluster": "Tags",
	"AWS::S3::Bucket": "Tags",
	"AWS::SageMaker::App": "Tags",
	"AWS::SageMaker::CodeRepository": "Tags",
	"AWS::SageMaker::Domain": "Tags",
	"AWS::SageMaker::Endpoint": "Tags",
	"AWS::SageMaker::EndpointConfig": "Tags",
	"AWS::SageMaker::FeatureGroup": "Tags",
	"AWS::SageMaker::Image": "Tags",
	"AWS::SageMaker::Model": "Tags",
	"AWS::SageMaker::ModelPackageGroup": "Tags",
	"AWS::SageMaker::NotebookInstance": "Tags",
	"AWS::SageMaker::Pipeline": "Tags",
	"AWS::SageMaker::Project": "Tags",
	"AWS::SageMaker::Space": "Tags",
	"AWS::SageMaker::UserProfile": "Tags",
	"AWS::SecretsManager::Secret": "Tags",
	"AWS::SNS::Topic": "Tags",
	"AWS::SQS::Queue": "Tags",
	"AWS::SSM::Parameter": "Tags",
	"AWS::StepFunctions::StateMachine": "Tags",
}
