# METADATA
# title: ADD downloads from a URL without verification
# description: >-
#   `ADD https://...` puts whatever the server returns into the image, with no checksum: a
#   replaced release asset or a hijacked host changes the image without a change to the
#   Dockerfile. ADD with `--checksum=sha256:...` (BuildKit) verifies HTTP sources, and a git
#   source pinned to a full commit SHA (`#<40 hex digits>`) names exact content; both pass. Local
#   ADD sources (archives to extract) are left to other rules.
# custom:
#   id: TG-DOCKER-005
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Add `--checksum=sha256:<digest>` to the ADD (Dockerfile syntax 1.6 or later), or download with
#     `RUN curl -fsSLo file <url> && echo "<sha256>  file" | sha256sum -c -`. Pin git sources to a
#     commit SHA. Use COPY for local files.
#   standards:
#     cis-docker: ["4.9"]
#     nist-800-53: [SI-7, SR-4]
#     owasp-cicd: [CICD-SEC-3]
#   related: [CKV_DOCKER_4, AVD-DS-0005]
#   inline_waivers: true
package tollgate.rules.dockerfile.add_remote_url

import data.tollgate.lib.dockerfile
import data.tollgate.lib.result

remote(src) if regex.match(`^[a-zA-Z][a-zA-Z0-9+.-]*://`, src)

remote(src) if startswith(src, "git@")

git(src) if startswith(src, "git@")

git(src) if startswith(src, "git://")

git(src) if contains(src, ".git#")

git(src) if endswith(src, ".git")

verified(ins, _) if {
	is_string(ins.flags.checksum)
	ins.flags.checksum != ""
}

# A git source pinned to a full commit SHA: `<url>#<sha>` or `<url>#<sha>:<subdir>`.
verified(_, src) if {
	git(src)
	regex.match(`#[0-9a-f]{40}(:|$)`, src)
}

what(src) := "a git repository not pinned to a commit SHA" if git(src)

else := "a URL without --checksum"

violations contains result.violation(rego.metadata.chain(), ["stages", s, "instructions", j, "sources", i], msg) if {
	some s, stage in input.stages
	some j, ins in stage.instructions
	ins.cmd == "ADD"
	some i, src in ins.sources
	is_string(src)
	remote(src)
	not verified(ins, src)
	msg := concat("", ["stage ", dockerfile.stage_label(s), " ADDs ", what(src), ", so whatever the server returns goes into the image"])
}
