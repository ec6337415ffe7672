# The CloudFormation part of TG-AWS-025 (METADATA in policies/terraform/aws_sagemaker_notebook_root.rego).

# METADATA
# custom:
#   id: TG-AWS-025
package tollgate.rules.cloudformation.aws_sagemaker_notebook_root

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	s := sm.setting(r.properties, ["RootAccess"])
	s.state == "missing"
	msg := concat("", [sm.cfn_label(r), " does not set RootAccess, which defaults to Enabled"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	s := sm.setting(r.properties, ["RootAccess"])
	s.state == "set"
	s.value != "Disabled"
	msg := concat("", [sm.cfn_label(r), " gives its users root access (RootAccess ", json.marshal(s.value), ")"])
}
