# METADATA
# title: SageMaker notebook outside a VPC
# description: >-
#   A notebook instance without a subnet (Terraform `subnet_id`, CloudFormation `SubnetId`) runs
#   in a network SageMaker manages: it always has direct internet access, cannot use the
#   organisation's security groups, VPC endpoints or flow logs, and cannot reach private data
#   sources except over the internet.
# custom:
#   id: TG-AWS-026
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `subnet_id` to a private subnet of the ML VPC and `security_groups` to groups that allow
#     only the egress the notebook needs (CloudFormation: `SubnetId`, `SecurityGroupIds`), with
#     `direct_internet_access = "Disabled"` (TG-AWS-003).
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: [CKV_AWS_306]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_notebook_vpc

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	s := sm.tf_setting(r.config, [], "subnet_id")
	sm.no_key(s)
	msg := concat("", [r.label, " has no subnet_id, so it runs outside the organisation's VPC"])
}
