# The CloudFormation part of TG-AWS-033 (METADATA in policies/terraform/aws_sagemaker_notebook_imds.rego).

# METADATA
# custom:
#   id: TG-AWS-033
package tollgate.rules.cloudformation.aws_sagemaker_notebook_imds

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm

keys := ["InstanceMetadataServiceConfiguration", "MinimumInstanceMetadataServiceVersion"]

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	s := sm.setting(r.properties, keys)
	s.state == "missing"
	msg := concat("", [sm.cfn_label(r), " does not set InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion, which defaults to 1 (IMDSv1 accepted)"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
	s := sm.setting(r.properties, keys)
	s.state == "set"
	not sm.imds_v2(s.value)
	msg := concat("", [sm.cfn_label(r), " accepts IMDSv1 (MinimumInstanceMetadataServiceVersion ", json.marshal(s.value), ")"])
}
