# METADATA
# title: SageMaker model from an unapproved or unpinned source
# description: >-
#   A model's artefact (weights and the inference code packed with them) and its container image
#   decide what an endpoint computes and what code handles every request, with the model's
#   execution role. Both must come from sources the platform team controls, where models arrive
#   through the organisation's training, evaluation and approval process and images are built and
#   scanned, and the image must be pinned, so that what was approved is what runs. For every
#   container of a model (Terraform `aws_sagemaker_model` `primary_container` and `container`,
#   CloudFormation `AWS::SageMaker::Model` `PrimaryContainer` and `Containers`) three things are
#   reported. The artefact (`model_data_url`, `model_data_source.s3_data_source.s3_uri`;
#   `ModelDataUrl`, `ModelDataSource.S3DataSource.S3Uri`) outside the buckets of
#   `aws.approved_model_buckets` (bucket names or s3:// prefixes). The image (`image`, `Image`)
#   outside the registries of `governance.approved_registries` (prefixes). An image without a tag
#   or digest, or on the tag `latest`, which can change under the model. Both lists are empty by
#   default, which approves every bucket and registry. Values not known statically are not judged;
#   a container that names a model package has no image or artefact of its own.
# custom:
#   id: TG-AWS-032
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Publish the artefact to an approved model bucket and the image to an approved registry (for
#     example the organisation's ECR repository) through the release pipeline, and reference the
#     image by a version tag or an @sha256 digest. Approved sources are listed in `.tollgate.yaml`
#     under `parameters.aws.approved_model_buckets` and `parameters.governance.approved_registries`.
#   standards:
#     nist-800-53: [SR-3, CM-7(5)]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.aws_sagemaker_model_source

import data.tollgate.lib.image_registry as images
import data.tollgate.lib.result
import data.tollgate.lib.sagemaker as sm
import data.tollgate.lib.terraform as tf

containers contains {"model": m, "block": c.block, "path": array.concat(array.concat(m.path, ["config"]), c.path)} if {
	some m in tf.resources("aws_sagemaker_model")
	some name in ["primary_container", "container"]
	some c in tf.blocks(m.config, name)
}

# Every artefact URI of a container that is known, with its path relative to the container.
uris(block) := {[["model_data_url"], block.model_data_url] | is_string(block.model_data_url)} | {[array.concat(array.concat(d.path, s.path), ["s3_uri"]), s.block.s3_uri] |
	some d in tf.blocks(block, "model_data_source")
	some s in tf.blocks(d.block, "s3_data_source")
	is_string(s.block.s3_uri)
}

violations contains result.violation(rego.metadata.chain(), array.concat(c.path, at), msg) if {
	approved := data.params.aws.approved_model_buckets
	some c in containers
	some [at, uri] in uris(c.block)
	not sm.approved_uri(uri, approved)
	msg := concat("", [c.model.label, " loads its model artefact from ", uri, ", which is not in an approved model bucket (", concat(", ", approved), ")"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(c.path, ["image"]), msg) if {
	registries := data.params.governance.approved_registries
	some c in containers
	image := c.block.image
	is_string(image)
	not images.approved(image, registries)
	msg := concat("", [c.model.label, " runs the image ", image, ", which is not from an approved registry (", concat(", ", registries), ")"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(c.path, ["image"]), msg) if {
	some c in containers
	image := c.block.image
	is_string(image)
	sm.moving_image(image)
	msg := concat("", [c.model.label, " runs the image ", image, " without a version tag or digest, so the model can change without a new release"])
}
