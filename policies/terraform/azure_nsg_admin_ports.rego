# METADATA
# title: Network security group opens SSH or RDP to the internet
# description: >-
#   An inbound Allow rule from any address (`*`, `0.0.0.0/0`, `Internet`, `Any`, or any other
#   `/0`) to SSH (22) or RDP (3389) exposes every VM, ML compute node and scale set behind the
#   network security group to brute-force and exploit traffic from the whole internet. Rules are
#   read from `azurerm_network_security_rule` resources and from the inline `security_rule`
#   blocks of `azurerm_network_security_group`, with `source_address_prefix(es)` and
#   `destination_port_range(s)` as single ports, ranges (`20-30`) or `*`. Only TCP, UDP and `*`
#   rules count; a source, port, protocol, direction or access that is not known statically is
#   never reported. The ports are `parameters.azure.nsg_admin_ports`.
# custom:
#   id: TG-AZ-011
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Limit `source_address_prefix(es)` of the rule to the organisation's VPN or jump-host ranges
#     or an application security group, or remove the rule and reach machines through Azure
#     Bastion or the Azure ML studio.
#   standards:
#     nist-800-53: [SC-7, AC-17, CM-7]
#     cis-azure: ["6.1", "6.2"]
#   related: [CKV_AZURE_10, CKV_AZURE_9, AVD-AZU-0050, AVD-AZU-0048]
#   inline_waivers: true
package tollgate.rules.terraform.azure_nsg_admin_ports

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

# Every security rule of the unit, with its body, the path of that body and a name for messages.
security_rules contains {"rule": r.config, "path": array.concat(r.path, ["config"]), "label": r.label} if {
	some r in tf.resources("azurerm_network_security_rule")
}

security_rules contains {"rule": b.block, "path": array.concat(array.concat(g.path, ["config"]), b.path), "label": label} if {
	some g in tf.resources("azurerm_network_security_group")
	some b in tf.blocks(g.config, "security_rule")
	label := concat("", [g.label, " security rule ", rule_name(b.block, b.path)])
}

rule_name(block, path) := json.marshal(block.name) if {
	is_string(block.name)
} else := concat("", ["#", format_int(path[1] + 1, 10)]) if {
	is_number(path[1])
} else := "(unnamed)"

is_value(rule, key, want) if {
	is_string(rule[key])
	lower(trim_space(rule[key])) == want
}

inbound_allow(rule) if {
	is_value(rule, "direction", "inbound")
	is_value(rule, "access", "allow")
}

# Protocols that carry SSH and RDP.
port_protocol(rule) if {
	is_string(rule.protocol)
	lower(trim_space(rule.protocol)) in {"tcp", "udp", "*"}
}

# Sources that mean "anywhere": Azure's service tags for it, and every /0 network.
open_source(s) if {
	is_string(s)
	lower(trim_space(s)) in {"*", "any", "internet", "0.0.0.0", "::"}
}

open_source(s) if {
	is_string(s)
	endswith(trim_space(s), "/0")
}

# The source prefixes of a rule that are open, with their paths relative to the rule.
open_sources(rule) := {{"value": rule.source_address_prefix, "path": ["source_address_prefix"]} | open_source(rule.source_address_prefix)} | {{"value": s, "path": ["source_address_prefixes", i]} |
	is_array(rule.source_address_prefixes)
	some i, s in rule.source_address_prefixes
	open_source(s)
}

# The destination port ranges of a rule as written: one value, or the elements of the list.
port_ranges(rule) := {r | r := rule.destination_port_range} | {r |
	is_array(rule.destination_port_ranges)
	some r in rule.destination_port_ranges
}

# covers(range, port): a port range value ("22", "20-30", "*", or a number) includes port.
covers(r, _) if {
	is_string(r)
	trim_space(r) == "*"
}

covers(r, port) if {
	is_number(r)
	r == port
}

covers(r, port) if {
	is_string(r)
	regex.match(`^\s*[0-9]+\s*$`, r)
	to_number(trim_space(r)) == port
}

covers(r, port) if {
	is_string(r)
	m := regex.find_all_string_submatch_n(`^\s*([0-9]+)\s*-\s*([0-9]+)\s*$`, r, 1)
	count(m) == 1
	to_number(m[0][1]) <= port
	port <= to_number(m[0][2])
}

exposed_ports(rule) := {port |
	some port in data.params.azure.nsg_admin_ports
	some r in port_ranges(rule)
	covers(r, port)
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some sr in security_rules
	inbound_allow(sr.rule)
	port_protocol(sr.rule)
	ports := exposed_ports(sr.rule)
	count(ports) > 0
	some src in open_sources(sr.rule)
	path := array.concat(sr.path, src.path)
	msg := concat("", [sr.label, " allows inbound traffic from anywhere (source ", json.marshal(src.value), ") to ", port_words(ports)])
}

port_words(ports) := concat("", ["port ", format_int(p, 10)]) if {
	count(ports) == 1
	some p in ports
} else := concat("", ["ports ", concat(", ", [format_int(p, 10) | some p in sort(ports)])])
