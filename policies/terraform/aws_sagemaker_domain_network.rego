# METADATA
# title: SageMaker domain apps reach the internet directly
# description: >-
#   With `app_network_access_type` (CloudFormation `AppNetworkAccessType`) left at its default,
#   PublicInternetOnly, the Studio apps of a SageMaker AI domain reach the internet through a
#   network SageMaker manages, outside the domain's VPC: data can leave and packages can arrive
#   without passing the organisation's egress controls, security groups or flow logs. VpcOnly
#   sends all of the apps' traffic through the domain's own subnets.
# custom:
#   id: TG-AWS-029
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Set `app_network_access_type = "VpcOnly"` (CloudFormation: `AppNetworkAccessType:
#     VpcOnly`) with private `subnet_ids` whose egress goes through a NAT gateway or proxy with
#     egress filtering, and VPC endpoints for SageMaker, S3, ECR and STS.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_domain_network

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), r.path, msg) if {
	some r in tf.resources("aws_sagemaker_domain")
	s := sm.tf_setting(r.config, [], "app_network_access_type")
	s.state == "missing"
	msg := concat("", [r.label, " does not set app_network_access_type, which defaults to PublicInternetOnly"])
}

violations contains result.violation(rego.metadata.chain(), sm.tf_path(r, s.at), msg) if {
	some r in tf.resources("aws_sagemaker_domain")
	s := sm.tf_setting(r.config, [], "app_network_access_type")
	s.state == "set"
	s.value != "VpcOnly"
	msg := concat("", [r.label, " lets its apps reach the internet directly (app_network_access_type ", json.marshal(s.value), ")"])
}
