# METADATA
# title: Container runs as root
# description: >-
#   The final stage of the image sets no USER, or sets root, so every process of the container
#   (a model server, a notebook, a training script that unpickles downloaded weights) runs as
#   UID 0. A compromise of the workload then owns the container and is one kernel or runtime bug
#   away from the node.
# custom:
#   id: TG-DOCKER-001
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Create an unprivileged user in the final stage and switch to it before CMD/ENTRYPOINT:
#     `RUN useradd --uid 10001 --create-home app` then `USER 10001` (a numeric UID lets Kubernetes
#     verify runAsNonRoot). Distroless images ship a `nonroot` user: `USER nonroot`.
#   standards:
#     cis-docker: ["4.1"]
#     nist-800-53: [AC-6, CM-7]
#   related: [CKV_DOCKER_3, CKV_DOCKER_8, AVD-DS-0002, hadolint/DL3002]
#   inline_waivers: true
package tollgate.rules.dockerfile.root_user

import data.tollgate.lib.dockerfile
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), ["stages", n, "from"], msg) if {
	n := dockerfile.final_stage
	count(dockerfile.users(n)) == 0
	msg := concat("", ["final stage ", dockerfile.stage_label(n), " sets no USER, so the container runs as the base image's user, root in most images"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	n := dockerfile.final_stage
	u := dockerfile.effective_user(n)
	root(u.user)
	path := ["stages", u.stage, "instructions", u.index, "user"]
	msg := concat("", ["final stage ", dockerfile.stage_label(n), " runs as USER ", u.user])
}

root(user) if user == "root"

root(user) if user == "0"
