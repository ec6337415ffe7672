# The CloudFormation part of TG-AWS-020 (METADATA in policies/terraform/aws_sagemaker_endpoint_kms.rego).

# METADATA
# custom:
#   id: TG-AWS-020
package tollgate.rules.cloudformation.aws_sagemaker_endpoint_kms

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm

variants(props) := [v | some name in ["ProductionVariants", "ShadowProductionVariants"]; is_array(props[name]); some v in props[name]]

serverless(v) if is_object(v.ServerlessConfig)

serverless(v) if cfn.intrinsic(v.ServerlessConfig)

keyed(v) if {
	not serverless(v)
	is_string(v.InstanceType)
	not sm.local_storage_instance(v.InstanceType)
}

needs_key(props) if {
	vs := variants(props)
	some v in vs
	not serverless(v)
	every v in vs {
		serverless_or_keyed(v)
	}
}

serverless_or_keyed(v) if serverless(v)

serverless_or_keyed(v) if keyed(v)

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(r, s.at), msg) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::EndpointConfig"
	needs_key(r.properties)
	s := sm.setting(r.properties, ["KmsKeyId"])
	sm.no_key(s)
	msg := concat("", [sm.cfn_label(r), " does not set KmsKeyId, so the storage volumes of its instances use an AWS-managed key"])
}
