# METADATA
# title: SageMaker notebook with root access
# description: >-
#   With root access, every user of a notebook instance can install software system-wide, change
#   its network and proxy settings, read other users' files and tamper with lifecycle
#   configurations and the agent that holds the instance's role credentials. SageMaker enables it
#   unless told otherwise (Terraform `root_access`, CloudFormation `RootAccess`), so leaving it out
#   is a violation too. Lifecycle configurations always run as root.
# custom:
#   id: TG-AWS-025
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `root_access = "Disabled"` (CloudFormation: `RootAccess: Disabled`). Install what the
#     users need with a lifecycle configuration or a custom image instead.
#   standards:
#     nist-800-53: [AC-6, AC-6(2), CM-11]
#   related: [CKV_AWS_307]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_notebook_root

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), r.path, msg) if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	sm.tf_setting(r.config, [], "root_access").state == "missing"
	msg := concat("", [r.label, " does not set root_access, which defaults to Enabled"])
}

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	s := sm.tf_setting(r.config, [], "root_access")
	s.state == "set"
	s.value != "Disabled"
	msg := concat("", [r.label, " gives its users root access (", json.marshal(s.value), ")"])
}
