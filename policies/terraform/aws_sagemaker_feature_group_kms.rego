# METADATA
# title: SageMaker Feature Store without a customer-managed KMS key
# description: >-
#   Feature groups hold the curated features models are trained and served on, often derived from
#   personal or confidential data. Without a KMS key of their own, the offline store's S3 objects
#   (Terraform `offline_store_config.s3_storage_config.kms_key_id`, CloudFormation
#   `OfflineStoreConfig.S3StorageConfig.KmsKeyId`) and the online store (`online_store_config.
#   security_config.kms_key_id`, `OnlineStoreConfig.SecurityConfig.KmsKeyId`) are encrypted with
#   AWS-managed or AWS-owned keys, whose use the data owner can neither restrict nor revoke. The
#   online store is checked when it is enabled, except for the InMemory tier.
# custom:
#   id: TG-AWS-021
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Give the offline store `s3_storage_config { kms_key_id = aws_kms_key.<name>.arn }` and an
#     enabled online store `security_config { kms_key_id = aws_kms_key.<name>.arn }`
#     (CloudFormation: `S3StorageConfig.KmsKeyId` and `SecurityConfig.KmsKeyId`), with a
#     symmetric customer-managed key whose policy allows the feature group's role.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_feature_group_kms

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

groups := tf.resources("aws_sagemaker_feature_group")

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in groups
	count(tf.blocks(r.config, "offline_store_config")) > 0
	s := sm.tf_setting(r.config, ["offline_store_config", "s3_storage_config"], "kms_key_id")
	sm.no_key(s)
	msg := concat("", [r.label, " keeps its offline store without a KMS key of its own: set s3_storage_config.kms_key_id"])
}

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in groups
	online_store(r.config)
	s := sm.tf_setting(r.config, ["online_store_config", "security_config"], "kms_key_id")
	sm.no_key(s)
	msg := concat("", [r.label, " keeps its online store without a KMS key of its own: set security_config.kms_key_id"])
}

# An online store that is known to be enabled and not known to be in memory.
online_store(cfg) if {
	e := sm.tf_setting(cfg, ["online_store_config"], "enable_online_store")
	e.state == "set"
	values.truthy(e.value)
	t := sm.tf_setting(cfg, ["online_store_config"], "storage_type")
	not in_memory_or_unknown(t)
}

in_memory_or_unknown(t) if t.state == "unknown"

in_memory_or_unknown(t) if t.value == "InMemory"
