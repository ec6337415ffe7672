# The CloudFormation part of TG-AWS-032 (METADATA in policies/terraform/aws_sagemaker_model_source.rego).

# METADATA
# custom:
#   id: TG-AWS-032
package tollgate.rules.cloudformation.aws_sagemaker_model_source

import data.tollgate.lib.image_registry as images
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm

containers contains {"model": m, "container": c.container, "keys": c.keys} if {
	some m in sm.cfn_of_type("AWS::SageMaker::Model")
	some c in sm.cfn_containers(m.properties)
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(c.model, array.concat(c.keys, at)), msg) if {
	approved := data.params.aws.approved_model_buckets
	some c in containers
	some at in [["ModelDataUrl"], ["ModelDataSource", "S3DataSource", "S3Uri"]]
	s := sm.setting(c.container, at)
	s.state == "set"
	is_string(s.value)
	not sm.approved_uri(s.value, approved)
	msg := concat("", [sm.cfn_label(c.model), " loads its model artefact from ", s.value, ", which is not in an approved model bucket (", concat(", ", approved), ")"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(c.model, array.concat(c.keys, ["Image"])), msg) if {
	registries := data.params.governance.approved_registries
	some c in containers
	image := c.container.Image
	is_string(image)
	not images.approved(image, registries)
	msg := concat("", [sm.cfn_label(c.model), " runs the image ", image, ", which is not from an approved registry (", concat(", ", registries), ")"])
}

violations contains result.violation(rego.metadata.chain(), sm.cfn_path(c.model, array.concat(c.keys, ["Image"])), msg) if {
	some c in containers
	image := c.container.Image
	is_string(image)
	sm.moving_image(image)
	msg := concat("", [sm.cfn_label(c.model), " runs the image ", image, " without a version tag or digest, so the model can change without a new release"])
}
