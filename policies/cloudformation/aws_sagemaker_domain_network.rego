# The CloudFormation part of TG-AWS-029 (METADATA in policies/terraform/aws_sagemaker_domain_network.rego).

# METADATA
# custom:
#   id: TG-AWS-029
package tollgate.rules.cloudformation.aws_sagemaker_domain_network

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::Domain"
	s := sm.setting(r.properties, ["AppNetworkAccessType"])
	s.state == "missing"
	msg := concat("", [sm.cfn_label(r), " does not set AppNetworkAccessType, which defaults to PublicInternetOnly"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::Domain"
	s := sm.setting(r.properties, ["AppNetworkAccessType"])
	s.state == "set"
	s.value != "VpcOnly"
	msg := concat("", [sm.cfn_label(r), " lets its apps reach the internet directly (AppNetworkAccessType ", json.marshal(s.value), ")"])
}
