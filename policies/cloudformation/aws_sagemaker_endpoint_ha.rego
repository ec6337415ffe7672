# The CloudFormation part of TG-AWS-030 (METADATA in policies/terraform/aws_sagemaker_endpoint_ha.rego).

# METADATA
# custom:
#   id: TG-AWS-030
package tollgate.rules.cloudformation.aws_sagemaker_endpoint_ha

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm

production contains c if {
	some c in sm.cfn_of_type("AWS::SageMaker::EndpointConfig")
	sm.cfn_production(c, data.params.aws.production_tag_keys, data.params.aws.production_tag_values)
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(c, ["ProductionVariants", i, "InitialInstanceCount"]), msg) if {
	some c in production
	is_array(c.properties.ProductionVariants)
	some i, v in c.properties.ProductionVariants
	not sm.cfn_serverless(v)
	n := v.InitialInstanceCount
	is_number(n)
	n < 2
	not managed_minimum(v)
	not sm.cfn_scaled(c, v)
	msg := concat("", [sm.cfn_label(c), " is production, but its variant ", variant_name(v), " runs on ", sm.instances(n), " with nothing that scales it to two"])
}

managed_minimum(v) if {
	m := v.ManagedInstanceScaling
	is_object(m)
	not sm.below_two(object.get(m, "MinInstanceCount", 0))
}

managed_minimum(v) if cfn.intrinsic(v.ManagedInstanceScaling)

variant_name(v) := json.marshal(v.VariantName) if is_string(v.VariantName)

else := "(unnamed)"
