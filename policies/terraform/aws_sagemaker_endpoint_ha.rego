# METADATA
# title: Production SageMaker endpoint on a single instance
# description: >-
#   A real-time endpoint variant on one instance goes down with that instance: a hardware failure,
#   an Availability Zone outage or a patching replacement interrupts every application that calls
#   it. With two instances or more SageMaker spreads them across Availability Zones. Reported for
#   production endpoints only, recognised statically by their tags: an endpoint configuration
#   (Terraform `aws_sagemaker_endpoint_configuration`, CloudFormation `AWS::SageMaker::EndpointConfig`)
#   is production when its own tags, the tags of an endpoint that uses it (`aws_sagemaker_endpoint`
#   by reference or name, `AWS::SageMaker::Endpoint` through `!GetAtt Config.EndpointConfigName`),
#   or the `default_tags` of their Terraform provider carry one of the keys of
#   `aws.production_tag_keys` with one of the values of `aws.production_tag_values` (compared in
#   any case; by default environment, env or stage set to prod or production). A variant is
#   reported when its `initial_instance_count` (`InitialInstanceCount`) is known to be below 2 and
#   nothing keeps it at two or more: a `managed_instance_scaling` minimum of 2, or an Application
#   Auto Scaling target (`aws_appautoscaling_target`, `AWS::ApplicationAutoScaling::ScalableTarget`)
#   for `sagemaker:variant:DesiredInstanceCount` that may name the endpoint and whose minimum
#   capacity is not known to be below 2. Serverless variants and unknown values are not reported.
# custom:
#   id: TG-AWS-030
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Set `initial_instance_count = 2` or more on the production variant (CloudFormation:
#     `InitialInstanceCount: 2`), or register the variant with Application Auto Scaling with
#     `min_capacity = 2` (`MinCapacity: 2`). Tag non-production endpoints accordingly so that
#     they are not taken for production.
#   standards:
#     nist-800-53: [CP-10, SC-36]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_endpoint_ha

import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf

production contains c if {
	some c in tf.resources("aws_sagemaker_endpoint_configuration")
	sm.tf_production(c, data.params.aws.production_tag_keys, data.params.aws.production_tag_values)
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in production
	some b in tf.blocks(c.config, "production_variants")
	v := b.block
	not sm.tf_serverless(v)
	n := v.initial_instance_count
	is_number(n)
	n < 2
	not managed_minimum(v)
	not sm.tf_scaled(c, v)
	path := array.concat(array.concat(c.path, ["config"]), array.concat(b.path, ["initial_instance_count"]))
	msg := concat("", [c.label, " is production, but its variant ", variant_name(v), " runs on ", sm.instances(n), " with nothing that scales it to two"])
}

# Managed instance scaling whose minimum is not known to be below 2.
managed_minimum(v) if {
	some m in tf.blocks(v, "managed_instance_scaling")
	not sm.below_two(object.get(m.block, "min_instance_count", 0))
}

variant_name(v) := json.marshal(v.variant_name) if is_string(v.variant_name)

else := "(unnamed)"
