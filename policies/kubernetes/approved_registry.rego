# METADATA
# title: Container image not from an approved registry
# description: >-
#   The platform team mirrors, scans and signs images in the organisation's registries; an image
#   pulled straight from Docker Hub or another public registry bypasses that, and may disappear
#   or change under a rate limit or a takeover. Images without a registry host come from Docker
#   Hub (`python:3.11` is `docker.io/library/python:3.11`). The approved prefixes are
#   `parameters.governance.approved_registries`, shared with the other image rules; when the list
#   is empty (the default) every registry is accepted. Templated references (`$VAR`, `{{ }}`) are
#   not judged.
# custom:
#   id: TG-K8S-014
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Pull the image through an approved registry (mirror or proxy-cache the public image there),
#     or ask the platform team to add the registry to `parameters.governance.approved_registries`.
#   standards:
#     nist-800-53: [CM-7(5), SR-3]
#     cis-kubernetes: ["5.5.1"]
#     owasp-cicd: [CICD-SEC-3]
#   related: [AVD-KSV-0032, AVD-KSV-0033, AVD-KSV-0034, AVD-KSV-0035]
#   inline_waivers: true
package tollgate.rules.kubernetes.approved_registry

import data.tollgate.lib.image_registry as images
import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	not images.templated(image)
	not images.approved(image, approved_registries)
	path := array.concat(c.path, ["image"])
	msg := concat("", ["image '", image, "' of ", c.label, " comes from ", images.registry(image), ", which is not an approved registry"])
}

# The parameter, or none when a bundle's data lacks it.
approved_registries := data.params.governance.approved_registries if {
	is_array(data.params.governance.approved_registries)
} else := []
