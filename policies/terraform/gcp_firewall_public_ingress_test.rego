package tollgate.rules.terraform.gcp_firewall_public_ingress_test

import data.tollgate.rules.terraform.gcp_firewall_public_ingress as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

fw(cfg) := {"resource": {"google_compute_firewall": {"fw": res("google_compute_firewall", "fw", object.union({"network": "ml"}, cfg))}}}

open_to(allow) := fw({"source_ranges": ["10.0.0.0/8", "0.0.0.0/0"], "allow": allow})

at_range := ["resource", "google_compute_firewall", "fw", "config", "source_ranges", 1]

test_ssh_from_anywhere_is_flagged_at_the_range if {
	vs := rule.violations with input as open_to([{"protocol": "tcp", "ports": ["22"]}])
	found(vs) == {at_range}
	some v in vs
	v.rule == "TG-GCP-015"
	v.msg == "google_compute_firewall 'fw' allows ingress from \"0.0.0.0/0\" to port 22"
}

test_ranges_numbers_all_ports_and_ipv6 if {
	some v in rule.violations with input as open_to([{"protocol": "tcp", "ports": ["20-30", 3389, "443"]}])
	v.msg == "google_compute_firewall 'fw' allows ingress from \"0.0.0.0/0\" to port 22, port 3389"
	found(rule.violations) == {at_range} with input as open_to([{"protocol": "all"}])
	found(rule.violations) == {at_range} with input as open_to([{"protocol": "udp", "ports": []}])
	found(rule.violations) == {["resource", "google_compute_firewall", "fw", "config", "source_ranges", 0]} with input as fw({"source_ranges": ["::/0"], "allow": [{"protocol": "6"}]})
}

test_rule_without_source_is_open if {
	vs := rule.violations with input as fw({"allow": [{"protocol": "tcp", "ports": ["3389"]}]})
	found(vs) == {["resource", "google_compute_firewall", "fw"]}
	count(rule.violations) == 0 with input as fw({"source_tags": ["bastion"], "allow": [{"protocol": "tcp", "ports": ["22"]}]})
}

test_safe_rules_and_unknowns_pass if {
	count(rule.violations) == 0 with input as open_to([{"protocol": "tcp", "ports": ["443", "8000-8100"]}])
	count(rule.violations) == 0 with input as open_to([{"protocol": "icmp"}])
	count(rule.violations) == 0 with input as fw({"source_ranges": ["35.235.240.0/20"], "allow": [{"protocol": "tcp", "ports": ["22"]}]})
	count(rule.violations) == 0 with input as fw({"source_ranges": ["0.0.0.0/0"], "deny": [{"protocol": "tcp", "ports": ["22"]}]})
	count(rule.violations) == 0 with input as fw({"direction": "EGRESS", "destination_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]})
	count(rule.violations) == 0 with input as fw({"disabled": true, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]})
	count(rule.violations) == 0 with input as fw({"source_ranges": unknown_var("ranges"), "allow": [{"protocol": "all"}]})
	count(rule.violations) == 0 with input as fw({"source_ranges": [unknown_var("range")], "allow": [{"protocol": "all"}]})
	count(rule.violations) == 0 with input as open_to([{"protocol": "tcp", "ports": unknown_var("ports")}])
	count(rule.violations) == 0 with input as open_to([{"protocol": unknown_var("proto")}])
	count(rule.violations) == 0 with input as open_to([{"protocol": "tcp", "ports": [unknown_var("port")]}])
}

test_restricted_ports_parameter if {
	found(rule.violations) == {at_range} with input as open_to([{"protocol": "tcp", "ports": ["8888"]}]) with data.params.gcp.firewall_restricted_ports as [8888]
}
