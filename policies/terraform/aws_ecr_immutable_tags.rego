# METADATA
# title: ECR repository tags are mutable
# description: >-
#   With mutable tags, pushing `trainer:v1.4` again silently replaces the image that jobs,
#   endpoints and audits know by that name: a compromised pipeline can swap a model server without
#   changing a single manifest, and a rollback may not get back what ran before. Repositories
#   must make tags immutable (Terraform `image_tag_mutability`, CloudFormation
#   `ImageTagMutability`: IMMUTABLE, or IMMUTABLE_WITH_EXCLUSION for a few moving tags such as
#   `latest`); the default is MUTABLE. Values not known statically are never reported.
# custom:
#   id: TG-AWS-048
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `image_tag_mutability = "IMMUTABLE"` on the aws_ecr_repository (CloudFormation:
#     `ImageTagMutability: IMMUTABLE`), tag each build uniquely (version or commit SHA), and
#     deploy by digest.
#   standards:
#     nist-800-53: [SI-7, CM-14]
#     owasp-cicd: [CICD-SEC-9]
#   related: [CKV_AWS_51, AVD-AWS-0031]
#   inline_waivers: true
package tollgate.rules.terraform.aws_ecr_immutable_tags

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), repo.path, msg) if {
	some repo in tf.resources("aws_ecr_repository")
	object.get(repo.config, "image_tag_mutability", null) == null
	msg := concat("", [repo.label, " does not set image_tag_mutability, which defaults to MUTABLE"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(repo.path, ["config", "image_tag_mutability"]), msg) if {
	some repo in tf.resources("aws_ecr_repository")
	value := repo.config.image_tag_mutability
	is_string(value)
	not startswith(upper(value), "IMMUTABLE")
	msg := concat("", [repo.label, " sets image_tag_mutability = ", json.marshal(value), ": a pushed tag can be overwritten"])
}
