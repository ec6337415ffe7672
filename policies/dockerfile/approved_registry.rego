# METADATA
# title: Base image not from an approved registry
# description: >-
#   Base images are the bulk of what ships: the platform team mirrors, scans and patches approved
#   ones in the organisation's registries. A FROM (or a `COPY --from=<image>`) that pulls from
#   Docker Hub or another public registry bypasses that. Images without a registry host come from
#   Docker Hub (`python:3.11` is `docker.io/library/python:3.11`); FROM and COPY --from that name an
#   earlier build stage are not images, nor is `scratch`, and a bare `--from=<name>` may be a named
#   build context, so only references with a `/`, `:` or `@` are judged there. Images named by a
#   build argument without a default are not judged. The approved prefixes are
#   `parameters.governance.approved_registries`, shared with the other image rules; when the list
#   is empty (the default) every registry is accepted.
# custom:
#   id: TG-DOCKER-003
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Build from the organisation's mirror of the image (`FROM
#     123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/python:3.11-slim@sha256:...`), or ask the
#     platform team to mirror it or to add the registry to `parameters.governance.approved_registries`.
#   standards:
#     cis-docker: ["4.2"]
#     nist-800-53: [CM-7(5), SR-3]
#     owasp-cicd: [CICD-SEC-3]
#   related: [hadolint/DL3026]
#   inline_waivers: true
package tollgate.rules.dockerfile.approved_registry

import data.tollgate.lib.dockerfile
import data.tollgate.lib.image_registry as images
import data.tollgate.lib.result

stage_names contains lower(stage.name) if {
	some stage in input.stages
	is_string(stage.name)
}

# A COPY --from value that names an image rather than a stage, a stage index or a build context.
image_ref(from) if {
	is_string(from)
	not lower(from) in stage_names
	regex.match(`[/:@]`, from)
	not images.templated(from)
}

message(image, where) := concat("", [where, " uses the image '", image, "' from ", images.registry(image), ", which is not an approved registry"])

violations contains result.violation(rego.metadata.chain(), ["stages", b.stage, "from", "image"], msg) if {
	some b in dockerfile.external_images
	b.from.resolved
	not images.templated(b.from.image)
	not images.approved(b.from.image, approved_registries)
	msg := message(b.from.image, concat("", ["stage ", dockerfile.stage_label(b.stage)]))
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd == "COPY"
	from := ins.flags.from
	image_ref(from)
	not images.approved(from, approved_registries)
	path := ["stages", s, "instructions", j, "flags", "from"]
	msg := message(from, concat("", ["COPY --from in stage ", dockerfile.stage_label(s)]))
}

# The parameter, or none when a bundle's data lacks it.
approved_registries := data.params.governance.approved_registries if {
	is_array(data.params.governance.approved_registries)
} else := []
