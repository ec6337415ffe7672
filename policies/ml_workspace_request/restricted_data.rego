# METADATA
# title: Restricted data without private networking or customer-managed keys
# description: >-
#   A workspace that reads restricted data (personal, financial or health records) must keep it
#   off the internet and encrypted under a key the data owner controls; otherwise a notebook can
#   copy it anywhere, and its volumes and outputs cannot be revoked by disabling a key.
# custom:
#   id: TG-REQ-002
#   severity: high
#   owner: infosec
#   remediation: >-
#     Set `network.access: private` and `encryption.kmsKeyArn` to a customer-managed key approved
#     for the data, or remove the restricted source. Classifications that need this are
#     `parameters.ml_workspace_request.sensitive_classifications`.
#   standards:
#     nist-800-53: [SC-7, SC-28, SC-12]
#   related: [CKV_AWS_122, CKV_AWS_22]
#   inline_waivers: false
package tollgate.rules.ml_workspace_request.restricted_data

import data.tollgate.lib.result

sensitive contains src if {
	some src in input.dataSources
	src.classification in data.params.ml_workspace_request.sensitive_classifications
}

# A missing section is reported on the first restricted source: the reason it is needed.
at(section, field) := [section, field] if {
	_ := input[section]
} else := ["dataSources", first, "classification"] if {
	first := min({i |
		some i, src in input.dataSources
		src.classification in data.params.ml_workspace_request.sensitive_classifications
	})
}

names := concat(", ", sort([concat("", ["'", s.name, "'"]) | some s in sensitive]))

violations contains result.violation(rego.metadata.chain(), at("network", "access"), msg) if {
	count(sensitive) > 0
	object.get(input, ["network", "access"], "") != "private"
	msg := concat("", ["restricted data (", names, ") needs network.access: private"])
}

violations contains result.violation(rego.metadata.chain(), at("encryption", "kmsKeyArn"), msg) if {
	count(sensitive) > 0
	not startswith(object.get(input, ["encryption", "kmsKeyArn"], ""), "arn:aws:kms:")
	msg := concat("", ["restricted data (", names, ") needs encryption.kmsKeyArn, a customer-managed KMS key"])
}
