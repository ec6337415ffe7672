# The CloudFormation part of TG-AWS-026 (METADATA in policies/terraform/aws_sagemaker_notebook_vpc.rego).

# METADATA
# custom:
#   id: TG-AWS-026
package tollgate.rules.cloudformation.aws_sagemaker_notebook_vpc

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	s := sm.setting(r.properties, ["SubnetId"])
	sm.no_key(s)
	msg := concat("", [sm.cfn_label(r), " has no SubnetId, so it runs outside the organisation's VPC"])
}
