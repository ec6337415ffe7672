# The CloudFormation part of TG-AWS-031 (METADATA in policies/terraform/aws_sagemaker_endpoint_capture.rego).

# METADATA
# custom:
#   id: TG-AWS-031
package tollgate.rules.cloudformation.aws_sagemaker_endpoint_capture

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.values

production contains c if {
	some c in sm.cfn_of_type("AWS::SageMaker::EndpointConfig")
	sm.cfn_production(c, data.params.aws.production_tag_keys, data.params.aws.production_tag_values)
	some x in sm.cfn_variants(c.properties)
	x.keys[0] == "ProductionVariants"
	not sm.cfn_serverless(x.variant)
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(c, s.at), msg) if {
	some c in production
	s := sm.setting(c.properties, ["DataCaptureConfig"])
	s.state == "missing"
	msg := concat("", [sm.cfn_label(c), " is production but has no DataCaptureConfig, so its requests and predictions cannot be monitored"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(c, s.at), msg) if {
	some c in production
	s := sm.setting(c.properties, ["DataCaptureConfig", "EnableCapture"])
	s.state == "set"
	values.falsy(s.value)
	msg := concat("", [sm.cfn_label(c), " is production but turns data capture off"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(c, s.at), msg) if {
	some c in production
	s := sm.setting(c.properties, ["DataCaptureConfig", "InitialSamplingPercentage"])
	s.state == "set"
	s.value == 0
	msg := concat("", [sm.cfn_label(c), " is production but captures 0% of its requests"])
}
