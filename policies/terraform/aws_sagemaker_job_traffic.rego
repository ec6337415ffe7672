# METADATA
# title: Distributed SageMaker job without inter-container traffic encryption
# description: >-
#   The instances of a distributed training, processing or monitoring job exchange data, model
#   parameters and gradients over the network. SageMaker encrypts that traffic only when the job
#   enables inter-container traffic encryption; it is off by default. Reported for jobs known to
#   run on more than one instance, where infrastructure code defines them: model-monitoring job
#   definitions and monitoring schedules (Terraform `network_config.enable_inter_container_traffic_encryption`,
#   CloudFormation `NetworkConfig.EnableInterContainerTrafficEncryption`) and the Training,
#   Processing and Tuning steps of pipeline definitions known statically
#   (`EnableInterContainerTrafficEncryption`, `NetworkConfig.EnableInterContainerTrafficEncryption`).
#   An instance count or setting taken from a pipeline parameter is not judged.
# custom:
#   id: TG-AWS-024
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `network_config { enable_inter_container_traffic_encryption = true }` (CloudFormation and
#     pipeline definitions: `EnableInterContainerTrafficEncryption: true`, in `NetworkConfig` for
#     processing and monitoring jobs; SageMaker Python SDK: `encrypt_inter_container_traffic=True`).
#   standards:
#     nist-800-53: [SC-8, SC-8(1)]
#   related: [CKV_AWS_369]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_job_traffic

import data.tollgate.lib.sagemaker as sm

violations contains sm.setting_violation(rego.metadata.chain(), job, s, msg) if {
	some job in sm.tf_jobs
	job.distributed
	s := job.settings.traffic
	sm.not_enabled(s)
	msg := concat("", [job.label, " runs on several instances without ", job.names.traffic, " = true, so the traffic between them is not encrypted"])
}
