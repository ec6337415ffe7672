# The CloudFormation part of TG-AWS-003 (METADATA in policies/terraform/aws_sagemaker_notebook_internet.rego).

# METADATA
# custom:
#   id: TG-AWS-003
package tollgate.rules.cloudformation.aws_sagemaker_notebook_internet

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

notebooks contains r if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in notebooks
	not cfn.has(r.properties, "DirectInternetAccess")
	msg := concat("", ["SageMaker notebook '", r.id, "' does not set DirectInternetAccess, which defaults to Enabled"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "DirectInternetAccess"]), msg) if {
	some r in notebooks
	r.properties.DirectInternetAccess == "Enabled"
	msg := concat("", ["SageMaker notebook '", r.id, "' has DirectInternetAccess Enabled"])
}
