# METADATA
# title: Resource outside the organisation's allowed regions
# description: >-
#   Data residency, sovereignty and the organisation's landing zones (network, key management,
#   logging, support) are set up in a few regions; a resource elsewhere sits outside them and may
#   move regulated training data across a border. Checked: the region of every AWS provider
#   configuration (aliases included) and the `region` argument of AWS resources (provider v6); the
#   region and zone of Google provider configurations and the `location`, `region`, `zone` and
#   `node_locations` of google_* resources (a zone counts as its region: europe-west4-a is in
#   europe-west4); the `location` of azurerm_* resources (display names count as names: "West
#   Europe" is westeurope). Multi-region and dual-region locations (EU, US, ASIA, EUR4, NAM4) span
#   several regions and pass only when the list names them; `global` (Google key rings and log
#   buckets, Azure monitor alerts) is not a region and is not checked. The lists are organisation
#   parameters, one per cloud, of glob patterns (eu-*); an empty list, the default, does not
#   restrict that cloud. A value that is not known statically (a variable without a value, a
#   reference) is never reported.
# custom:
#   id: TG-GOV-001
#   severity: high
#   owner: architecture
#   remediation: >-
#     Deploy to an allowed region (`parameters.governance.allowed_regions.aws`, `.gcp`, `.azure`),
#     or ask the architecture board to add the region to the list once it has a landing zone and
#     the data's owner agrees to the transfer.
#   standards:
#     nist-800-53: [SA-9(5), CM-2]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.allowed_regions

import data.tollgate.lib.governance as gov
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

allowed := data.params.governance.allowed_regions

cloud_name := {"aws": "AWS", "gcp": "Google Cloud", "azure": "Azure"}

# Every place the unit names, as {"cloud", "value" (as compared), "shown", "path", "label"}.
places contains {"cloud": "aws", "value": lower(p.region), "shown": p.region, "path": ["provider", "aws", i, "region"], "label": provider_label("aws", p)} if {
	some i, p in input.provider.aws
	is_string(p.region)
}

places contains {"cloud": "gcp", "value": gcp_region(lower(p[attr])), "shown": p[attr], "path": ["provider", name, i, attr], "label": provider_label(name, p)} if {
	some name in {"google", "google-beta"}
	some i, p in input.provider[name]
	some attr in {"region", "zone"}
	is_string(p[attr])
}

places contains {"cloud": "aws", "value": lower(r.config.region), "shown": r.config.region, "path": array.concat(r.path, ["config", "region"]), "label": r.label} if {
	some r in resources_of("aws_")
	is_string(r.config.region)
}

places contains {"cloud": "gcp", "value": gcp_region(lower(v)), "shown": v, "path": array.concat(r.path, ["config", attr]), "label": r.label} if {
	some r in resources_of("google_")
	some attr in {"location", "region", "zone"}
	v := r.config[attr]
	is_string(v)
	lower(v) != "global"
}

places contains {"cloud": "gcp", "value": gcp_region(lower(v)), "shown": v, "path": array.concat(r.path, ["config", "node_locations", i]), "label": r.label} if {
	some r in resources_of("google_")
	some i, v in r.config.node_locations
	is_array(r.config.node_locations)
	is_string(v)
}

places contains {"cloud": "azure", "value": azure_region(v), "shown": v, "path": array.concat(r.path, ["config", "location"]), "label": r.label} if {
	some r in resources_of("azurerm_")
	v := r.config.location
	is_string(v)
	lower(v) != "global"
}

resources_of(prefix) := {r |
	some type, _ in input.resource
	startswith(type, prefix)
	some r in tf.resources(type)
}

provider_label(name, p) := concat("", ["provider \"", name, "\" (alias ", p.alias, ")"]) if is_string(p.alias)

else := concat("", ["provider \"", name, "\""])

# A Google zone (europe-west4-a) is in its region (europe-west4).
gcp_region(v) := m[0][1] if {
	m := regex.find_all_string_submatch_n(`^([a-z]+-[a-z]+[0-9]+)-[a-z]$`, v, 1)
	count(m) == 1
} else := v

# Azure accepts display names: "West Europe" is westeurope.
azure_region(v) := lower(replace(v, " ", ""))

# A place is allowed when its region, or the zone as written, matches a pattern of the list.
permitted(place) if gov.listed(normalised(place.cloud), place.value)

permitted(place) if gov.listed(normalised(place.cloud), place.shown)

normalised("azure") := [azure_region(p) | some p in allowed.azure]

normalised(cloud) := allowed[cloud] if cloud != "azure"

violations contains result.violation(rego.metadata.chain(), place.path, msg) if {
	some place in places
	count(object.get(allowed, place.cloud, [])) > 0
	not permitted(place)
	msg := concat("", [
		place.label, " is in ", json.marshal(place.shown), ", which is not an allowed ",
		cloud_name[place.cloud], " region (", gov.shown(allowed[place.cloud]), ")",
	])
}
