# The CloudFormation part of TG-AWS-027 (METADATA in policies/terraform/aws_sagemaker_job_network.rego).

# METADATA
# custom:
#   id: TG-AWS-027
package tollgate.rules.cloudformation.aws_sagemaker_job_network

import data.tollgate.lib.sagemaker as sm

violations contains sm.setting_violation(rego.metadata.chain(), job, iso, msg) if {
	some job in sm.cfn_jobs
	iso := job.settings.isolation
	sm.not_enabled(iso)
	sm.no_block(job.settings.vpc)
	msg := concat("", [job.label, " runs without network isolation and outside a VPC: set ", job.names.isolation, " = true or give it a ", job.names.vpc])
}
