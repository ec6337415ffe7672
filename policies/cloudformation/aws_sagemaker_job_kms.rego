# The CloudFormation part of TG-AWS-023 (METADATA in policies/terraform/aws_sagemaker_job_kms.rego).

# METADATA
# custom:
#   id: TG-AWS-023
package tollgate.rules.cloudformation.aws_sagemaker_job_kms

import data.tollgate.lib.sagemaker as sm

violations contains sm.setting_violation(rego.metadata.chain(), job, s, msg) if {
	some job in sm.cfn_jobs
	job.volume_key_applies
	s := job.settings.volume
	sm.no_key(s)
	msg := concat("", [job.label, " does not set ", job.names.volume, ", so the storage volumes of its instances use an AWS-managed key"])
}

violations contains sm.setting_violation(rego.metadata.chain(), job, s, msg) if {
	some job in sm.cfn_jobs
	s := job.settings.output
	sm.no_key(s)
	not sm.no_outputs(job, s)
	msg := concat("", [job.label, " does not set ", job.names.output, ", so its output in S3 is not encrypted with a key of its own"])
}
