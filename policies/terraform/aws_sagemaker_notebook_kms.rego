# METADATA
# title: SageMaker notebook volume without a customer-managed KMS key
# description: >-
#   Without a KMS key of its own (Terraform `kms_key_id`, CloudFormation `KmsKeyId`) the notebook's
#   ML storage volume, which holds copies of training data and model artefacts, is encrypted with
#   an AWS-managed key: its use cannot be limited by a key policy, audited per key or revoked by
#   the data owner.
# custom:
#   id: TG-AWS-011
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `kms_key_id = aws_kms_key.<name>.arn` (CloudFormation: `KmsKeyId: !GetAtt NotebookKey.Arn`)
#     to a customer-managed key whose key policy allows only the notebook's execution role and
#     your key administrators.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: [CKV_AWS_22, AVD-AWS-0091]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_notebook_kms

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

# A key that is set, even one not known before apply, counts: only a missing or empty one is reported.
violations contains result.violation(rego.metadata.chain(), nb.path, msg) if {
	some nb in tf.resources("aws_sagemaker_notebook_instance")
	object.get(nb.config, "kms_key_id", "") == ""
	msg := concat("", [nb.label, " does not set kms_key_id, so its volume uses an AWS-managed key"])
}
