# The CloudFormation part of TG-AWS-022 (METADATA in policies/terraform/aws_sagemaker_domain_kms.rego).

# METADATA
# custom:
#   id: TG-AWS-022
package tollgate.rules.cloudformation.aws_sagemaker_domain_kms

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::Domain"
	s := sm.setting(r.properties, ["KmsKeyId"])
	sm.no_key(s)
	msg := concat("", [sm.cfn_label(r), " does not set KmsKeyId, so its users' EFS and EBS storage uses an AWS-managed key"])
}
