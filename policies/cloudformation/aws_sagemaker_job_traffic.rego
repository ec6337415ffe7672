# The CloudFormation part of TG-AWS-024 (METADATA in policies/terraform/aws_sagemaker_job_traffic.rego).

# METADATA
# custom:
#   id: TG-AWS-024
package tollgate.rules.cloudformation.aws_sagemaker_job_traffic

import data.tollgate.lib.sagemaker as sm

violations contains sm.setting_violation(rego.metadata.chain(), job, s, msg) if {
	some job in sm.cfn_jobs
	job.distributed
	s := job.settings.traffic
	sm.not_enabled(s)
	msg := concat("", [job.label, " runs on several instances without ", job.names.traffic, " = true, so the traffic between them is not encrypted"])
}
