# METADATA
# title: ECR repository images not scanned on push
# description: >-
#   Training and serving images carry CUDA stacks, Python wheels and system packages with a
#   steady stream of CVEs. Each image pushed to ECR must be scanned: by the repository's
#   `image_scanning_configuration { scan_on_push = true }` (CloudFormation
#   `ImageScanningConfiguration.ScanOnPush`, default false), or by registry-level scanning, which
#   takes precedence where it is configured: an aws_ecr_registry_scanning_configuration
#   (AWS::ECR::RegistryScanningConfiguration) in the same unit with a scan-on-push or continuous
#   rule whose repository filter matches the repository, or, for scanning configured outside the
#   scanned code, `parameters.aws.ecr_registry_scanning: true`. Filters, names and flags not known
#   statically are assumed to cover the repository.
# custom:
#   id: TG-AWS-047
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Set `image_scanning_configuration { scan_on_push = true }` on the aws_ecr_repository
#     (CloudFormation: `ImageScanningConfiguration: {ScanOnPush: true}`), or better configure
#     registry-level scanning once (`aws_ecr_registry_scanning_configuration` with `scan_type =
#     "ENHANCED"` and a `rule { scan_frequency = "CONTINUOUS_SCAN" repository_filter { filter =
#     "*" filter_type = "WILDCARD" } }`) and act on its findings in the pipeline that deploys the
#     image.
#   standards:
#     nist-800-53: [RA-5, SI-2]
#   related: [CKV_AWS_163, AVD-AWS-0030]
#   inline_waivers: true
package tollgate.rules.terraform.aws_ecr_scan_on_push

import data.tollgate.lib.aws
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

registry_scanned(_) if data.params.aws.ecr_registry_scanning

registry_scanned(repo) if {
	some c in tf.resources("aws_ecr_registry_scanning_configuration")
	some r in tf.blocks(c.config, "rule")
	not object.get(r.block, "scan_frequency", "MANUAL") == "MANUAL"
	some f in tf.blocks(r.block, "repository_filter")
	matches(f.block.filter, object.get(repo.config, "name", null))
}

# A filter (wildcard) that may match the repository name; unknowns may.
matches(filter, _) if not is_string(filter)

matches(filter, name) if {
	is_string(filter)
	not is_string(name)
}

matches(filter, name) if {
	is_string(filter)
	is_string(name)
	aws.wildcard_match(filter, name)
}

violations contains result.violation(rego.metadata.chain(), repo.path, msg) if {
	some repo in tf.resources("aws_ecr_repository")
	not registry_scanned(repo)
	count(tf.blocks(repo.config, "image_scanning_configuration")) == 0
	msg := concat("", [repo.label, " has no image_scanning_configuration, so pushed images are not scanned"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some repo in tf.resources("aws_ecr_repository")
	not registry_scanned(repo)
	some s in tf.blocks(repo.config, "image_scanning_configuration")
	object.get(s.block, "scan_on_push", null) == null
	path := array.concat(array.concat(repo.path, ["config"]), s.path)
	msg := concat("", [repo.label, " does not set scan_on_push, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some repo in tf.resources("aws_ecr_repository")
	not registry_scanned(repo)
	some s in tf.blocks(repo.config, "image_scanning_configuration")
	values.falsy(s.block.scan_on_push)
	path := array.concat(array.concat(repo.path, ["config"]), array.concat(s.path, ["scan_on_push"]))
	msg := concat("", [repo.label, " sets scan_on_push = false"])
}
