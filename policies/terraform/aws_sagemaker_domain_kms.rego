# METADATA
# title: SageMaker domain storage without a customer-managed KMS key
# description: >-
#   A SageMaker AI (Studio) domain keeps its users' home directories, notebooks and the data they
#   copy there on an Amazon EFS volume, and the EBS volumes of its spaces. Without a KMS key of
#   its own (Terraform `aws_sagemaker_domain.kms_key_id`, CloudFormation `AWS::SageMaker::Domain`
#   `KmsKeyId`) they are encrypted with an AWS-managed key that the data owner can neither
#   restrict by key policy nor revoke.
# custom:
#   id: TG-AWS-022
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `kms_key_id = aws_kms_key.<name>.arn` on the domain (CloudFormation: `KmsKeyId:
#     !GetAtt DomainKey.Arn`). The key is fixed when the domain is created: plan the replacement.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: [CKV_AWS_187]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_domain_kms

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in tf.resources("aws_sagemaker_domain")
	s := sm.tf_setting(r.config, [], "kms_key_id")
	sm.no_key(s)
	msg := concat("", [r.label, " does not set kms_key_id, so its users' EFS and EBS storage uses an AWS-managed key"])
}
