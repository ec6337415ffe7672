package tollgate.rules.cloudformation.aws_sagemaker_feature_group_kms_test

import data.tollgate.rules.cloudformation.aws_sagemaker_feature_group_kms as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"Customers": {"Type": "AWS::SageMaker::FeatureGroup", "Properties": props}}}

props := ["Resources", "Customers", "Properties"]

test_offline_store_without_key if {
	vs := rule.violations with input as template({"OfflineStoreConfig": {"S3StorageConfig": {"S3Uri": "s3://acme-features/"}}})
	found(vs) == {["TG-AWS-021", array.concat(props, ["OfflineStoreConfig", "S3StorageConfig"])]}
	some v in vs
	v.msg == "AWS::SageMaker::FeatureGroup/Customers keeps its offline store without a KMS key of its own: set S3StorageConfig.KmsKeyId"
}

test_online_store_without_key if {
	vs := rule.violations with input as template({"OnlineStoreConfig": {"EnableOnlineStore": true}})
	found(vs) == {["TG-AWS-021", array.concat(props, ["OnlineStoreConfig"])]}
}

test_compliant_and_unknown if {
	count(rule.violations) == 0 with input as template({
		"OfflineStoreConfig": {"S3StorageConfig": {"S3Uri": "s3://f/", "KmsKeyId": {"Ref": "Key"}}},
		"OnlineStoreConfig": {"EnableOnlineStore": true, "SecurityConfig": {"KmsKeyId": {"Ref": "Key"}}},
	})
	count(rule.violations) == 0 with input as template({"OfflineStoreConfig": {"Fn::If": ["Offline", {"S3StorageConfig": {"S3Uri": "s3://f/"}}, {"Ref": "AWS::NoValue"}]}})
	count(rule.violations) == 0 with input as template({"OnlineStoreConfig": {"EnableOnlineStore": {"Ref": "Online"}}})
	count(rule.violations) == 0 with input as template({"OnlineStoreConfig": {"EnableOnlineStore": true, "StorageType": "InMemory"}})
	count(rule.violations) == 0 with input as template({"OnlineStoreConfig": {"EnableOnlineStore": false}})
}
