# METADATA
# title: SageMaker notebook with direct internet access
# description: >-
#   A notebook instance with direct internet access can reach, and be reached from, the internet
#   without passing the VPC's egress controls: data can leave (training sets, credentials of the
#   notebook's role) and packages can arrive unchecked, without a proxy, a firewall or VPC flow
#   logs. SageMaker enables it unless told otherwise (Terraform `direct_internet_access`,
#   CloudFormation `DirectInternetAccess`), so leaving it out is a violation too.
# custom:
#   id: TG-AWS-003
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Set `direct_internet_access = "Disabled"` (CloudFormation: `DirectInternetAccess: Disabled`)
#     and give the notebook a subnet and security groups in a VPC whose egress goes through a NAT
#     gateway or proxy with egress filtering, with VPC endpoints for S3, SageMaker and ECR.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: [CKV_AWS_122, AVD-AWS-0348, AVD-AWS-0095]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_notebook_internet

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), nb.path, msg) if {
	some nb in tf.resources("aws_sagemaker_notebook_instance")
	object.get(nb.config, "direct_internet_access", null) == null
	msg := concat("", [nb.label, " does not set direct_internet_access, which defaults to Enabled"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some nb in tf.resources("aws_sagemaker_notebook_instance")
	value := object.get(nb.config, "direct_internet_access", null)
	value != null
	tf.known_not(value, "Disabled")
	path := array.concat(nb.path, ["config", "direct_internet_access"])
	msg := concat("", [nb.label, " has direct internet access (", json.marshal(value), ")"])
}
