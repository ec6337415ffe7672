# The CloudFormation part of TG-AWS-011 (METADATA in policies/terraform/aws_sagemaker_notebook_kms.rego).

# METADATA
# custom:
#   id: TG-AWS-011
package tollgate.rules.cloudformation.aws_sagemaker_notebook_kms

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	not cfn.has(r.properties, "KmsKeyId")
	msg := concat("", ["SageMaker notebook '", r.id, "' does not set KmsKeyId, so its volume uses an AWS-managed key"])
}
