# METADATA
# title: CI job image not pinned by digest
# description: >-
#   A job's image or service named by tag (`python:3.11`, `docker:dind`) can be re-pointed to new
#   code at any time; the job then runs it with the project's CI/CD variables, deploy keys and
#   registry credentials. Only a `@sha256:` digest names exactly one image.
# custom:
#   id: TG-GITLAB-001
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Pin the image by digest and keep the tag for people: `image: python:3.11-slim@sha256:<digest>`
#     (`docker buildx imagetools inspect python:3.11-slim` prints it); Renovate updates such pins.
#     Images named with CI variables (`$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA`) are not judged.
#   standards:
#     owasp-cicd: [CICD-SEC-3]
#     nist-800-53: [CM-2, SR-3]
#     slsa: [build-l3]
#   related: [AVD-DS-0001]
#   inline_waivers: true
package tollgate.rules.gitlab_ci.image_digest

import data.tollgate.lib.gitlab_ci as gitlab
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), img.path, msg) if {
	some img in gitlab.images
	not contains(img.ref, "@sha256:")

	# A variable is resolved by GitLab at run time: unknown here.
	not contains(img.ref, "$")
	msg := concat("", [img.label, " '", img.ref, "' is not pinned by digest"])
}
