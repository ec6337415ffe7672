# METADATA
# title: SageMaker notebook accepts IMDSv1
# description: >-
#   A notebook instance hands its execution role's credentials to anything that can reach its
#   instance metadata service. With IMDSv1, a single forwarded request (a server-side request
#   forgery in a notebook extension or a web app a user runs in the notebook, a proxy) is enough
#   to read them; IMDSv2 requires a session token obtained with a PUT request that such forgeries
#   cannot make. SageMaker accepts IMDSv1 unless told otherwise (Terraform
#   `instance_metadata_service_configuration.minimum_instance_metadata_service_version`,
#   CloudFormation `InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion`,
#   default 1), so leaving it out is a violation too.
# custom:
#   id: TG-AWS-033
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Add `instance_metadata_service_configuration { minimum_instance_metadata_service_version =
#     "2" }` (CloudFormation: `InstanceMetadataServiceConfiguration:
#     {MinimumInstanceMetadataServiceVersion: "2"}`), after checking that the notebook's tools use
#     an AWS SDK recent enough for IMDSv2.
#   standards:
#     nist-800-53: [AC-3, SC-7]
#   related: [CKV_AWS_371]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_notebook_imds

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	s := sm.tf_setting(r.config, ["instance_metadata_service_configuration"], "minimum_instance_metadata_service_version")
	s.state == "missing"
	msg := concat("", [r.label, " does not set instance_metadata_service_configuration.minimum_instance_metadata_service_version, which defaults to 1 (IMDSv1 accepted)"])
}

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	s := sm.tf_setting(r.config, ["instance_metadata_service_configuration"], "minimum_instance_metadata_service_version")
	s.state == "set"
	not sm.imds_v2(s.value)
	msg := concat("", [r.label, " accepts IMDSv1 (minimum_instance_metadata_service_version ", json.marshal(s.value), ")"])
}
