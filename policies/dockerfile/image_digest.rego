# METADATA
# title: Base image not pinned by digest
# description: >-
#   A tag such as `python:3.11` or `nvcr.io/nvidia/pytorch:24.05-py3` can be re-pointed to a new
#   image at any time, so the same Dockerfile builds different, unreviewed software from one day
#   to the next. Only a `@sha256:` digest names exactly one image.
# custom:
#   id: TG-DOCKER-002
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Pin each base image by digest and keep the tag for people:
#     `FROM python:3.11-slim@sha256:<digest>` (`docker buildx imagetools inspect python:3.11-slim`
#     prints it). Dependabot and Renovate keep such pins current.
#   standards:
#     cis-docker: ["4.2"]
#     nist-800-53: [CM-2, SR-3]
#     slsa: [build-l3]
#   related: [CKV_DOCKER_7, AVD-DS-0001, hadolint/DL3006, hadolint/DL3007]
#   inline_waivers: true
package tollgate.rules.dockerfile.image_digest

import data.tollgate.lib.dockerfile
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), ["stages", b.stage, "from", "image"], msg) if {
	some b in dockerfile.external_images

	# An image named by a build argument without a default is unknown, not unpinned.
	b.from.resolved
	b.from.digest == null
	msg := concat("", ["base image '", b.from.image, "' of stage ", dockerfile.stage_label(b.stage), " is not pinned by digest"])
}
