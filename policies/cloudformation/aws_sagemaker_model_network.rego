# The CloudFormation part of TG-AWS-028 (METADATA in policies/terraform/aws_sagemaker_model_network.rego).

# METADATA
# custom:
#   id: TG-AWS-028
package tollgate.rules.cloudformation.aws_sagemaker_model_network

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.values

models contains m if {
	some m in sm.cfn_of_type("AWS::SageMaker::Model")
	not sm.cfn_serves_serverless(m)
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(m, s.at), msg) if {
	some m in models
	s := sm.setting(m.properties, ["EnableNetworkIsolation"])
	s.state == "missing"
	msg := concat("", [sm.cfn_label(m), " does not set EnableNetworkIsolation, so its containers can open connections to anywhere"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(m, s.at), msg) if {
	some m in models
	s := sm.setting(m.properties, ["EnableNetworkIsolation"])
	s.state == "set"
	values.falsy(s.value)
	msg := concat("", [sm.cfn_label(m), " turns network isolation off, so its containers can open connections to anywhere"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(m, s.at), msg) if {
	some m in models
	s := sm.setting(m.properties, ["VpcConfig"])
	s.state == "missing"
	msg := concat("", [sm.cfn_label(m), " has no VpcConfig, so it runs outside the organisation's VPC"])
}
