# METADATA
# title: SageMaker model without network isolation or outside a VPC
# description: >-
#   A model's inference containers receive the requests sent to the endpoint, often personal or
#   confidential data, and run code the organisation may not have built (open-source serving
#   stacks, models from public hubs). Without network isolation (Terraform
#   `aws_sagemaker_model.enable_network_isolation`, CloudFormation `AWS::SageMaker::Model`
#   `EnableNetworkIsolation`, off by default) they can open connections to anywhere; without a VPC
#   configuration (`vpc_config`, `VpcConfig`) the model runs in a network SageMaker manages, and
#   neither its containers nor the download of its artefacts pass the organisation's security
#   groups, VPC endpoint policies and flow logs. Each gap is its own finding. Not reported for a
#   model that a serverless endpoint variant may serve: serverless inference supports neither.
# custom:
#   id: TG-AWS-028
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `enable_network_isolation = true` (the container then gets its artefacts from SageMaker
#     and needs no network) and `vpc_config { subnets = [...], security_group_ids = [...] }` with
#     private subnets and VPC endpoints for S3 and ECR (CloudFormation: `EnableNetworkIsolation:
#     true`, `VpcConfig`). A model that must call other services keeps the VPC and waives the
#     isolation finding with a reason.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: [CKV_AWS_370]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_model_network

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

models contains m if {
	some m in tf.resources("aws_sagemaker_model")
	not sm.tf_serves_serverless(m)
}

violations contains result.violation(rego.metadata.chain(), m.path, msg) if {
	some m in models
	sm.tf_setting(m.config, [], "enable_network_isolation").state == "missing"
	msg := concat("", [m.label, " does not set enable_network_isolation, so its containers can open connections to anywhere"])
}

violations contains result.violation(rego.metadata.chain(), sm.tf_path(m, s.at), msg) if {
	some m in models
	s := sm.tf_setting(m.config, [], "enable_network_isolation")
	s.state == "set"
	values.falsy(s.value)
	msg := concat("", [m.label, " turns network isolation off, so its containers can open connections to anywhere"])
}

violations contains result.violation(rego.metadata.chain(), m.path, msg) if {
	some m in models
	sm.no_block(sm.tf_setting(m.config, [], "vpc_config"))
	msg := concat("", [m.label, " has no vpc_config, so it runs outside the organisation's VPC"])
}
