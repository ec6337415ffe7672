# METADATA
# title: SageMaker endpoint storage without a customer-managed KMS key
# description: >-
#   An endpoint configuration without a KMS key of its own (Terraform
#   `aws_sagemaker_endpoint_configuration.kms_key_arn`, CloudFormation
#   `AWS::SageMaker::EndpointConfig` `KmsKeyId`) leaves the ML storage volumes of its instances,
#   which hold the model artefacts and any data the container writes, on an AWS-managed key: its
#   use cannot be limited by a key policy, audited per key or revoked by the model's owner.
#   Not reported: endpoint configurations whose variants are all serverless (they have no volume
#   of their own), and those with a variant on an instance type with local NVMe storage (ml.g5,
#   ml.p4d, ml.m5d, ...): that storage is encrypted by the instance's hardware and SageMaker refuses
#   a KMS key for it. A variant whose instance type is not known statically is not judged.
# custom:
#   id: TG-AWS-020
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `kms_key_arn = aws_kms_key.<name>.arn` on the endpoint configuration (CloudFormation:
#     `KmsKeyId: !GetAtt EndpointKey.Arn`) to a customer-managed key whose key policy allows the
#     SageMaker execution role and your key administrators only.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: [CKV_AWS_98]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_endpoint_kms

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf

variants(cfg) := [b.block | some name in ["production_variants", "shadow_production_variants"]; some b in tf.blocks(cfg, name)]

serverless(v) if count(tf.blocks(v, "serverless_config")) > 0

# A variant whose volume a key would encrypt, with a known instance type.
keyed(v) if {
	not serverless(v)
	is_string(v.instance_type)
	not sm.local_storage_instance(v.instance_type)
}

# The key applies: some variant runs on instances and every variant is serverless or keyed.
needs_key(cfg) if {
	vs := variants(cfg)
	some v in vs
	not serverless(v)
	every v in vs {
		serverless_or_keyed(v)
	}
}

serverless_or_keyed(v) if serverless(v)

serverless_or_keyed(v) if keyed(v)

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in tf.resources("aws_sagemaker_endpoint_configuration")
	needs_key(r.config)
	s := sm.tf_setting(r.config, [], "kms_key_arn")
	sm.no_key(s)
	msg := concat("", [r.label, " does not set kms_key_arn, so the storage volumes of its instances use an AWS-managed key"])
}
