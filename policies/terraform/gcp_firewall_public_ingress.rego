# METADATA
# title: Firewall rule open to the internet on SSH, RDP or every port
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 exposes the remote administration ports of every VM it
#   targets (training nodes, notebooks, GPU workers) to constant scanning and credential
#   stuffing. A google_compute_firewall that is enabled, applies to INGRESS (the default) and
#   allows from any address either a port of parameter gcp.firewall_restricted_ports (22 and 3389
#   by default; port ranges such as "20-30" count when they include one) or every port (protocol
#   "all", or tcp/udp/sctp without ports) is reported at the open source range. A rule without
#   source_ranges, source_tags and source_service_accounts counts as open: ingress then applies
#   to any source. Deny rules, egress rules, and ranges, protocols or ports that cannot be
#   resolved statically are not reported.
# custom:
#   id: TG-GCP-015
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Restrict source_ranges to the networks that need access, such as 35.235.240.0/20 for
#     Identity-Aware Proxy TCP forwarding (`gcloud compute ssh --tunnel-through-iap`) or the
#     corporate VPN; open only the ports a service needs. Extend the port list with
#     `parameters.gcp.firewall_restricted_ports` (Jupyter 8888, Ray 8265, TensorBoard 6006, ...).
#   standards:
#     nist-800-53: [SC-7, AC-17]
#     cis-gcp: ["3.6", "3.7"]
#   related: [CKV_GCP_2, CKV_GCP_3, AVD-GCP-0027]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_firewall_public_ingress

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

any_address := {"0.0.0.0/0", "::/0"}

# Protocols that have ports (by name or IANA number).
port_protocols := {"tcp", "udp", "sctp", "6", "17", "132"}

ingress_rules contains fw if {
	some fw in tf.resources("google_compute_firewall")
	object.get(fw.config, "direction", "INGRESS") == "INGRESS"
	object.get(fw.config, "disabled", false) == false
}

# Where the rule is open to any address: each such source range, or the rule when it names no
# source at all.
open_sources(fw) := {array.concat(fw.path, ["config", "source_ranges", i]) |
	is_array(fw.config.source_ranges)
	some i, r in fw.config.source_ranges
	r in any_address
} | {fw.path |
	every attr in ["source_ranges", "source_tags", "source_service_accounts"] {
		gcp.missing(fw.config, attr)
	}
}

# What an allow block exposes: "all ports", or each restricted port it includes.
exposed(allow) := {"all ports"} if {
	is_string(allow.protocol)
	lower(allow.protocol) == "all"
} else := {"all ports"} if {
	is_string(allow.protocol)
	lower(allow.protocol) in port_protocols
	no_ports(allow)
} else := {concat("", ["port ", format_int(port, 10)]) |
	is_string(allow.protocol)
	lower(allow.protocol) in port_protocols
	is_array(allow.ports)
	some spec in allow.ports
	[lo, hi] := port_range(spec)
	some port in data.params.gcp.firewall_restricted_ports
	lo <= port
	port <= hi
}

# Ports left out (or empty) mean every port of the protocol.
no_ports(allow) if object.get(allow, "ports", null) == null

no_ports(allow) if allow.ports == []

# port_range("22") = [22, 22]; port_range("20-30") = [20, 30]; numbers are accepted as written.
port_range(spec) := [spec, spec] if is_number(spec)

port_range(spec) := [n, n] if {
	is_string(spec)
	regex.match(`^[0-9]+$`, spec)
	n := to_number(spec)
}

port_range(spec) := [to_number(parts[0]), to_number(parts[1])] if {
	is_string(spec)
	regex.match(`^[0-9]+-[0-9]+$`, spec)
	parts := split(spec, "-")
}

exposure(fw) := {what |
	some a in tf.blocks(fw.config, "allow")
	some what in exposed(a.block)
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some fw in ingress_rules
	what := exposure(fw)
	count(what) > 0
	some path in open_sources(fw)
	source := source_text(fw, path)
	msg := concat("", [fw.label, " allows ingress from ", source, " to ", concat(", ", sort(what))])
}

source_text(fw, path) := json.marshal(fw.config.source_ranges[path[count(path) - 1]]) if {
	count(path) > count(fw.path)
} else := "any address (no source_ranges, source_tags or source_service_accounts)"
