# METADATA
# title: SageMaker notebook allows direct internet access
# description: >-
#   A notebook instance with direct internet access has a path to the internet that bypasses the
#   VPC's egress controls: code or data (training sets, credentials in the notebook's role) can
#   leave without passing a proxy, a firewall or VPC flow logs. SageMaker enables it unless
#   `DirectInternetAccess` says `Disabled`.
# custom:
#   id: TG-AWS-010
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Set `DirectInternetAccess: Disabled` and give the notebook a `SubnetId` and
#     `SecurityGroupIds` in a private subnet; reach package mirrors and S3 through VPC endpoints
#     or a NAT gateway with egress filtering.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: [CKV_AWS_122, AVD-AWS-0095]
#   inline_waivers: true
package tollgate.rules.cloudformation.notebook_internet

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

notebooks contains r if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::NotebookInstance"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in notebooks
	not cfn.has(r.properties, "DirectInternetAccess")
	msg := concat("", ["SageMaker notebook '", r.id, "' does not set DirectInternetAccess, which defaults to Enabled"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "DirectInternetAccess"]), msg) if {
	some r in notebooks
	r.properties.DirectInternetAccess == "Enabled"
	msg := concat("", ["SageMaker notebook '", r.id, "' has DirectInternetAccess Enabled"])
}
