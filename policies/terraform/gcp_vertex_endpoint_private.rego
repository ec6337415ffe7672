# METADATA
# title: Vertex AI endpoint reachable from the internet
# description: >-
#   A model endpoint serves predictions from a model trained on the organisation's data; on the
#   public Vertex AI API it can be called from anywhere a credential leaks to, and its traffic
#   bypasses the VPC. A google_vertex_ai_endpoint is private when it is peered to a VPC
#   (`network`) or uses Private Service Connect (private_service_connect_config with
#   enable_private_service_connect = true); without either it is a public endpoint. A vector
#   search google_vertex_ai_index_endpoint with public_endpoint_enabled = true is public too. An
#   unresolved network or setting is not reported.
# custom:
#   id: TG-GCP-008
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Give the endpoint `network = "projects/<number>/global/networks/<vpc>"` (with a
#     google_service_networking_connection for private services access) or
#     `private_service_connect_config { enable_private_service_connect = true, project_allowlist =
#     [...] }`; for an index endpoint, leave public_endpoint_enabled unset and use the same
#     options. Both are immutable: the endpoint is recreated and models redeployed.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.gcp_vertex_endpoint_private

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

peered(cfg) if {
	gcp.written(cfg, "network")
	not gcp.blank(cfg.network)
}

psc_enabled(cfg) if {
	some psc in tf.blocks(cfg, "private_service_connect_config")
	not tf.known_not(object.get(psc.block, "enable_private_service_connect", null), true)
}

psc_enabled(cfg) if tf.unknown(cfg.private_service_connect_config)

public_endpoints contains e if {
	some e in tf.resources("google_vertex_ai_endpoint")
	not peered(e.config)
	not psc_enabled(e.config)
}

# Paths of the Private Service Connect settings of an endpoint that say false.
psc_disabled(e) := {path |
	some psc in tf.blocks(e.config, "private_service_connect_config")
	tf.known_not(object.get(psc.block, "enable_private_service_connect", null), true)
	path := array.concat(array.concat(e.path, ["config"]), array.concat(psc.path, ["enable_private_service_connect"]))
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some e in public_endpoints
	some path in psc_disabled(e)
	msg := concat("", [e.label, " does not enable Private Service Connect and has no network: it is served on the public Vertex AI API"])
}

violations contains result.violation(rego.metadata.chain(), e.path, msg) if {
	some e in public_endpoints
	count(psc_disabled(e)) == 0
	msg := concat("", [e.label, " has neither network nor private_service_connect_config: it is served on the public Vertex AI API"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some e in tf.resources("google_vertex_ai_index_endpoint")
	e.config.public_endpoint_enabled == true
	path := array.concat(e.path, ["config", "public_endpoint_enabled"])
	msg := concat("", [e.label, " sets public_endpoint_enabled to true: the index is queried over the internet"])
}
