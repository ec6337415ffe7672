# METADATA
# title: Terraform module not from an approved source or not pinned to a version tag
# description: >-
#   Platform teams publish approved modules (the golden paths) that embody the organisation's
#   controls. A module from anywhere else bypasses them, and a module that is not pinned changes
#   under the caller whenever its branch or the registry's latest release moves. Registry
#   sources need an exact `version`; git and mercurial sources need `?ref=` with a version tag.
#   Approved source prefixes and the tag pattern are organisation parameters; with no approved
#   sources configured only pinning is checked. Local modules (`./`, `../`) are part of the
#   repository and pass unless `allow_local_modules` is false.
# custom:
#   id: TG-TF-001
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Use a module from `parameters.terraform.approved_module_sources` and pin it: `version =
#     "1.4.2"` for a registry module, `?ref=v1.4.2` for a git source. Ask the platform team to
#     publish a module that is missing rather than copying one from elsewhere.
#   standards:
#     nist-800-53: [CM-2, SR-3]
#     owasp-cicd: [CICD-SEC-3]
#   related: [CKV_TF_1, CKV_TF_2]
#   inline_waivers: true
package tollgate.rules.terraform.module_source

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

local(call) if call.source_type == "local"

approved(src) if {
	some prefix in data.params.terraform.approved_module_sources
	startswith(lower(src), lower(prefix))
}

# A version constraint pins when it is one exact version: "1.4.2" or "= 1.4.2".
exact(version) if regex.match(data.params.terraform.version_tag_pattern, trim_space(trim_prefix(trim_space(version), "=")))

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some m in tf.module_calls
	src := m.call.source
	is_string(src)
	not local(m.call)
	count(data.params.terraform.approved_module_sources) > 0
	not approved(src)
	path := array.concat(m.path, ["source"])
	msg := concat("", [m.label, " comes from ", json.marshal(src), ", which is not an approved module source"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some m in tf.module_calls
	local(m.call)
	data.params.terraform.allow_local_modules == false
	path := array.concat(m.path, ["source"])
	msg := concat("", [m.label, " is a local module; this organisation allows only approved, published modules"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some m in tf.module_calls
	m.call.source_type == "registry"
	some path, msg in registry_problem(m)
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some m in tf.module_calls
	m.call.source_type in {"git", "mercurial"}
	some path, msg in vcs_problem(m)
}

registry_problem(m) := {m.path: concat("", [m.label, " has no version, so it follows the registry's latest release"])} if {
	object.get(m.call, "version", null) == null
} else := {array.concat(m.path, ["version"]): concat("", [m.label, " allows a range of versions (", json.marshal(m.call.version), "); pin one exact version"])} if {
	tf.known(m.call.version)
	not exact(m.call.version)
} else := {}

vcs_problem(m) := {array.concat(m.path, ["source"]): concat("", [m.label, " has no ?ref=, so it follows the default branch"])} if {
	object.get(m.call, "ref", null) == null
} else := {array.concat(m.path, ["source"]): concat("", [m.label, " is pinned to ", json.marshal(m.call.ref), ", which is not a version tag"])} if {
	not regex.match(data.params.terraform.version_tag_pattern, m.call.ref)
} else := {}
