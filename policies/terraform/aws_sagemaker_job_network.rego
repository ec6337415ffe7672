# METADATA
# title: SageMaker job with unrestricted network access
# description: >-
#   A training, processing or model-monitoring job that is neither network-isolated nor attached
#   to a VPC runs its containers in a network SageMaker manages, with open access to the internet:
#   a compromised dependency or container can send the training data and the job role's
#   credentials anywhere, outside the organisation's egress controls and flow logs. Network
#   isolation (no network for the containers at all) or a VPC configuration (the organisation's
#   subnets and security groups) closes that path. Checked where infrastructure code defines jobs:
#   model-monitoring job definitions and monitoring schedules (Terraform `network_config`,
#   CloudFormation `NetworkConfig`) and the Training, Processing and Tuning steps of pipeline
#   definitions known statically (`EnableNetworkIsolation` and `VpcConfig`, in `NetworkConfig` for
#   processing jobs). Values taken from pipeline parameters are not judged.
# custom:
#   id: TG-AWS-027
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `network_config { enable_network_isolation = true }` when the job needs no network, or
#     `network_config { vpc_config { subnets = [...], security_group_ids = [...] } }` with private
#     subnets and VPC endpoints for S3 and the services it calls (CloudFormation and pipeline
#     definitions: `EnableNetworkIsolation: true` or `VpcConfig`; SageMaker Python SDK:
#     `enable_network_isolation=True` or `subnets` and `security_group_ids`).
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_job_network

import data.tollgate.lib.sagemaker as sm

violations contains sm.setting_violation(rego.metadata.chain(), job, iso, msg) if {
	some job in sm.tf_jobs
	iso := job.settings.isolation
	sm.not_enabled(iso)
	sm.no_block(job.settings.vpc)
	msg := concat("", [job.label, " runs without network isolation and outside a VPC: set ", job.names.isolation, " = true or give it a ", job.names.vpc])
}
