# METADATA
# title: SageMaker notebook volume without a customer-managed KMS key
# description: >-
#   Without `KmsKeyId` the notebook's ML storage volume, which holds copies of training data and
#   model artefacts, is encrypted with an AWS-managed key: its use cannot be limited by a key
#   policy, audited per key or revoked by the data owner.
# custom:
#   id: TG-AWS-011
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `KmsKeyId` to a customer-managed key (`!GetAtt NotebookKey.Arn` or `!Ref NotebookKey`)
#     whose key policy allows only the notebook's execution role and your key administrators.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: [CKV_AWS_22, AVD-AWS-0091]
#   inline_waivers: true
package tollgate.rules.cloudformation.notebook_kms

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	not cfn.has(r.properties, "KmsKeyId")
	msg := concat("", ["SageMaker notebook '", r.id, "' does not set KmsKeyId, so its volume uses an AWS-managed key"])
}
