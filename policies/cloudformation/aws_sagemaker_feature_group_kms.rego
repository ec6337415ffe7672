# The CloudFormation part of TG-AWS-021 (METADATA in policies/terraform/aws_sagemaker_feature_group_kms.rego).

# METADATA
# custom:
#   id: TG-AWS-021
package tollgate.rules.cloudformation.aws_sagemaker_feature_group_kms

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.values

groups contains r if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::FeatureGroup"
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in groups
	sm.has_path(r.properties, ["OfflineStoreConfig"])
	s := sm.setting(r.properties, ["OfflineStoreConfig", "S3StorageConfig", "KmsKeyId"])
	sm.no_key(s)
	msg := concat("", [sm.cfn_label(r), " keeps its offline store without a KMS key of its own: set S3StorageConfig.KmsKeyId"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in groups
	online_store(r.properties)
	s := sm.setting(r.properties, ["OnlineStoreConfig", "SecurityConfig", "KmsKeyId"])
	sm.no_key(s)
	msg := concat("", [sm.cfn_label(r), " keeps its online store without a KMS key of its own: set SecurityConfig.KmsKeyId"])
}

online_store(props) if {
	e := sm.setting(props, ["OnlineStoreConfig", "EnableOnlineStore"])
	e.state == "set"
	values.truthy(e.value)
	t := sm.setting(props, ["OnlineStoreConfig", "StorageType"])
	not in_memory_or_unknown(t)
}

in_memory_or_unknown(t) if t.state == "unknown"

in_memory_or_unknown(t) if t.value == "InMemory"
