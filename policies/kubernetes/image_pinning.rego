# METADATA
# title: Container image not pinned
# description: >-
#   A tag can be moved to other content at any time; `:latest` (or no tag) moves on every push.
#   Only a digest names exactly the image that was scanned and approved.
# custom:
#   id: TG-K8S-006
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Reference the image by digest: `registry/name:tag@sha256:<digest>` (tools such as crane or
#     `docker buildx imagetools inspect` print it). Organisations that accept tags can set
#     `parameters.kubernetes.require_image_digest: false`; `:latest` is still refused.
#   standards:
#     nist-800-53: [CM-2, SR-4]
#     slsa: [build-l3]
#   related: [CKV_K8S_43, CKV_K8S_14, AVD-KSV-0013]
#   inline_waivers: true
package tollgate.rules.kubernetes.image_pinning

import data.tollgate.lib.kubernetes as k8s
import data.tollgate.lib.result

# The tag of an image reference without a digest, "" when there is none.
tag(image) := t if {
	last := split(image, "/")
	name := last[count(last) - 1]
	parts := split(name, ":")
	count(parts) == 2
	t := parts[1]
} else := ""

problem(image) := "has no tag, so it means :latest" if {
	not contains(image, "@")
	tag(image) == ""
} else := "uses the moving tag :latest" if {
	not contains(image, "@")
	tag(image) == "latest"
} else := "is not pinned by digest" if {
	not contains(image, "@sha256:")
	data.params.kubernetes.require_image_digest
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in k8s.containers
	is_string(c.container.image)
	p := problem(c.container.image)
	path := array.concat(c.path, ["image"])
	msg := concat("", ["image '", c.container.image, "' of ", c.label, " ", p])
}
