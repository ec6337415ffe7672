# METADATA
# title: Catalog entity without owner, lifecycle or system
# description: >-
#   An entity of the software catalog without an owner has nobody to page when its model or
#   service misbehaves, nobody to ask before its data is reused, and nobody to fix its findings;
#   without a lifecycle nobody knows whether it may serve production traffic; without a system
#   its blast radius and cost cannot be attributed.
# custom:
#   id: TG-BACKSTAGE-001
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Set `spec.owner` to a group of the catalog (`group:ml-platform`), `spec.lifecycle` to
#     experimental, production or deprecated, and `spec.system` to the system it belongs to. The
#     fields each kind needs are `parameters.backstage.required_fields`.
#   standards:
#     nist-800-53: [CM-8, PM-5]
#   related: []
#   inline_waivers: true
package tollgate.rules.backstage.ownership

import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), [d, "spec", field], msg) if {
	some d, doc in input
	is_string(doc.apiVersion)
	regex.match(`^([a-z0-9-]+\.)?backstage\.io/`, doc.apiVersion)
	some field in data.params.backstage.required_fields[doc.kind]
	not filled(object.get(doc, ["spec", field], ""))
	msg := concat("", [doc.kind, " '", object.get(doc, ["metadata", "name"], "?"), "' has no spec.", field])
}

filled(v) if {
	is_string(v)
	trim_space(v) != ""
}
