# METADATA
# title: Resource without the organisation's required tags or labels
# description: >-
#   Cost allocation, ownership and incident response find ML resources by their tags: who owns the
#   GPU node pool that doubled the bill, which cost centre pays for the feature store, whether a
#   bucket holds restricted data, which environment an endpoint serves. Every resource that takes
#   tags (AWS, Azure, CloudFormation) or labels (Google) must carry the keys in
#   `parameters.governance.required_tags` with a non-empty value. AWS tags merge the provider's
#   `default_tags`, Google labels the provider's `default_labels`; in a plan the merged `tags_all` and
#   `terraform_labels` are read. Keys compare ignoring case, '-', '_' and spaces (Google label keys
#   cannot hold upper case): cost-center is satisfied by cost_center, CostCenter or "Cost Center".
#   Nothing is reported when the tags, a value of them or the provider defaults are not known
#   statically: a module without a backend that does not configure the provider inherits its
#   caller's default_tags, and CloudFormation stack tags applied at deployment are not in the
#   template. The list is empty by default: nothing is required until the organisation says what.
#   The resource types checked are those of an ML platform, listed in policies/lib/governance.rego.
# custom:
#   id: TG-GOV-002
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Add the missing keys to the resource's `tags` (Google: `labels`, GKE clusters:
#     `resource_labels`; CloudFormation: `Tags`), or once for every resource of a root module
#     in the AWS provider's `default_tags { tags = {...} }` or the Google provider's
#     `default_labels`. The required keys are `parameters.governance.required_tags`.
#   standards:
#     nist-800-53: [CM-8, CM-8(4), PM-5]
#   related: [tflint/aws_resource_missing_tags, tflint/azurerm_resource_missing_tags]
#   inline_waivers: true
package tollgate.rules.terraform.required_tags

import data.tollgate.lib.governance as gov
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

required := data.params.governance.required_tags

# Every resource that takes tags or labels and whose effective set is known, as {"r", "attr",
# "noun", "tags"}.
tagged contains {"r": r, "attr": "tags", "noun": "tags", "tags": tags} if {
	some type in gov.aws_taggable
	some r in tf.resources(type)
	tags := aws_tags(r)
}

tagged contains {"r": r, "attr": attr, "noun": "labels", "tags": labels} if {
	some type, attr in gov.gcp_labelled
	some r in tf.resources(type)
	labels := gcp_labels(r, attr)
}

tagged contains {"r": r, "attr": "tags", "noun": "tags", "tags": gov.map_of(tags)} if {
	some type in gov.azure_taggable
	some r in tf.resources(type)
	tags := object.get(r.config, "tags", null)
	gov.known_map(tags)
}

# A plan has the merged tags (tags_all); a module has the resource's tags over the provider's.
aws_tags(r) := gov.map_of(r.config.tags_all) if {
	object.get(r.config, "tags_all", null) != null
	gov.known_map(r.config.tags_all)
} else := object.union(gov.default_tags(r.resource), gov.map_of(own)) if {
	object.get(r.config, "tags_all", null) == null
	own := object.get(r.config, "tags", null)
	gov.known_map(own)
}

gcp_labels(r, attr) := gov.map_of(r.config.terraform_labels) if {
	object.get(r.config, "terraform_labels", null) != null
	gov.known_map(r.config.terraform_labels)
} else := object.union(gov.default_labels(r.resource), gov.map_of(own)) if {
	object.get(r.config, "terraform_labels", null) == null
	own := object.get(r.config, attr, null)
	gov.known_map(own)
}

# The tags argument when it is written, else the resource block.
at(t) := array.concat(t.r.path, ["config", t.attr]) if object.get(t.r.config, t.attr, null) != null

else := t.r.path

violations contains result.violation(rego.metadata.chain(), at(t), msg) if {
	count(required) > 0
	some t in tagged
	missing := gov.missing(required, t.tags)
	count(missing) > 0
	msg := concat("", [t.r.label, " lacks the required ", t.noun, " ", concat(", ", missing)])
}
