# METADATA
# title: SageMaker job volumes or outputs without a customer-managed KMS key
# description: >-
#   Training, processing, transform and model-monitoring jobs copy their input data to the ML
#   storage volumes of their instances and write models, reports and transformed data to S3.
#   Without KMS keys of their own (the volume key and the output key of the job) both are
#   encrypted with AWS-managed keys that the data owner can neither restrict nor revoke. Checked
#   where infrastructure code defines jobs: model-monitoring job definitions (Terraform
#   `aws_sagemaker_data_quality_job_definition`, CloudFormation `AWS::SageMaker::DataQualityJobDefinition`,
#   `ModelQualityJobDefinition`, `ModelBiasJobDefinition`, `ModelExplainabilityJobDefinition`),
#   monitoring schedules with an inline job definition, and the Training, Processing, Transform and
#   Tuning steps of SageMaker pipelines (`aws_sagemaker_pipeline.pipeline_definition`,
#   `AWS::SageMaker::Pipeline` `PipelineDefinitionBody`, also inside Condition steps) when the
#   definition's JSON is known statically: a literal, a jsonencode() of known values, a plan, or a
#   CloudFormation Fn::Sub whose placeholders sit inside strings. A definition built with
#   templatefile() or with jsonencode() of values known only at plan time, or stored in S3, is not
#   judged, nor is a value taken from a pipeline parameter. The volume key is
#   not required for instance types with local NVMe storage (SageMaker refuses it there) or when
#   the instance type is not known.
# custom:
#   id: TG-AWS-023
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set the volume key (`job_resources.cluster_config.volume_kms_key_id`; in the API's shape
#     `ClusterConfig.VolumeKmsKeyId`, `ResourceConfig.VolumeKmsKeyId`, `TransformResources.VolumeKmsKeyId`)
#     and the output key (`data_quality_job_output_config.kms_key_id`; `…JobOutputConfig.KmsKeyId`,
#     `OutputDataConfig.KmsKeyId`, `ProcessingOutputConfig.KmsKeyId`, `TransformOutput.KmsKeyId`)
#     to customer-managed keys; in a pipeline, from a pipeline parameter or the SDK's
#     `volume_kms_key` and `output_kms_key` arguments.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: [CKV_AWS_367, CKV_AWS_368]
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_job_kms

import data.tollgate.lib.sagemaker as sm

violations contains sm.setting_violation(rego.metadata.chain(), job, s, msg) if {
	some job in sm.tf_jobs
	job.volume_key_applies
	s := job.settings.volume
	sm.no_key(s)
	msg := concat("", [job.label, " does not set ", job.names.volume, ", so the storage volumes of its instances use an AWS-managed key"])
}

violations contains sm.setting_violation(rego.metadata.chain(), job, s, msg) if {
	some job in sm.tf_jobs
	s := job.settings.output
	sm.no_key(s)
	not sm.no_outputs(job, s)
	msg := concat("", [job.label, " does not set ", job.names.output, ", so its output in S3 is not encrypted with a key of its own"])
}
