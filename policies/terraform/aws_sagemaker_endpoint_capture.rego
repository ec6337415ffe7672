# METADATA
# title: Production SageMaker endpoint without data capture
# description: >-
#   Model Monitor can only detect data drift, model-quality decay and bias in production if the
#   endpoint captures the requests it receives and the predictions it returns. Without data
#   capture (Terraform `aws_sagemaker_endpoint_configuration.data_capture_config`, CloudFormation
#   `AWS::SageMaker::EndpointConfig` `DataCaptureConfig`) a production model degrades unseen and
#   its decisions cannot be reconstructed afterwards. Reported for production endpoints only,
#   recognised by their tags as for TG-AWS-030 (`aws.production_tag_keys`,
#   `aws.production_tag_values`), because capture costs storage and is of little use on
#   development endpoints. Reported: no data capture configuration; capture turned off (in
#   Terraform `enable_capture` defaults to false, in CloudFormation `EnableCapture` defaults to
#   true); a sampling percentage of 0. Endpoint configurations whose variants are all serverless
#   are not reported.
# custom:
#   id: TG-AWS-031
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Add `data_capture_config { enable_capture = true, initial_sampling_percentage = <n>,
#     destination_s3_uri = "s3://<monitoring bucket>/capture", kms_key_id = <key>,
#     capture_options { capture_mode = "Input" } capture_options { capture_mode = "Output" } }`
#     (CloudFormation: `DataCaptureConfig` with `EnableCapture: true`), and a monitoring schedule
#     that reads it.
#   standards:
#     nist-800-53: [SI-4, AU-12]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_endpoint_capture

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

production contains c if {
	some c in tf.resources("aws_sagemaker_endpoint_configuration")
	sm.tf_production(c, data.params.aws.production_tag_keys, data.params.aws.production_tag_values)
	some b in tf.blocks(c.config, "production_variants")
	not sm.tf_serverless(b.block)
}

violations contains result.violation(rego.metadata.chain(), c.path, msg) if {
	some c in production
	s := sm.tf_setting(c.config, ["data_capture_config"], "enable_capture")
	s.state == "missing"
	count(s.at) == 0
	msg := concat("", [c.label, " is production but has no data_capture_config, so its requests and predictions cannot be monitored"])
}

violations contains result.violation(rego.metadata.chain(), sm.tf_path(c, s.at), msg) if {
	some c in production
	s := sm.tf_setting(c.config, ["data_capture_config"], "enable_capture")
	s.state == "missing"
	count(s.at) > 0
	msg := concat("", [c.label, " is production but does not set data_capture_config.enable_capture, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), sm.tf_path(c, s.at), msg) if {
	some c in production
	s := sm.tf_setting(c.config, ["data_capture_config"], "enable_capture")
	s.state == "set"
	values.falsy(s.value)
	msg := concat("", [c.label, " is production but turns data capture off"])
}

violations contains result.violation(rego.metadata.chain(), sm.tf_path(c, s.at), msg) if {
	some c in production
	s := sm.tf_setting(c.config, ["data_capture_config"], "initial_sampling_percentage")
	s.state == "set"
	s.value == 0
	msg := concat("", [c.label, " is production but captures 0% of its requests"])
}
