package tollgate.rules.terraform.aws_security_group_open_ingress_test

import data.tollgate.rules.terraform.aws_security_group_open_ingress as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(r) := {"resource": {r.type: {r.name: r}}}

sg(ingress) := doc(res("aws_security_group", "nb", {"name": "notebooks", "ingress": ingress}))

unknown_var(n) := {"__unknown__": true, "expr": concat(".", ["var", n]), "refs": [concat(".", ["var", n])]}

test_ssh_from_anywhere_is_flagged_at_the_cidr if {
	vs := rule.violations with input as sg([{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"]}])
	found(vs) == {["TG-AWS-050", ["resource", "aws_security_group", "nb", "config", "ingress", 0, "cidr_blocks", 1]]}
	some v in vs
	v.msg == "aws_security_group 'nb' allows ingress from 0.0.0.0/0 to port 22"
}

test_all_ports_and_ranges if {
	vs := rule.violations with input as sg([
		{"from_port": 0, "to_port": 0, "protocol": "-1", "ipv6_cidr_blocks": ["::/0"]},
		{"from_port": 0, "to_port": 65535, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
	])
	{v.msg | some v in vs} == {
		"aws_security_group 'nb' allows ingress from ::/0 to all ports",
		"aws_security_group 'nb' allows ingress from 0.0.0.0/0 to ports 0-65535, which include 22, 3389",
	}
}

test_other_ports_private_sources_and_unknowns_pass if {
	count(rule.violations) == 0 with input as sg([{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}])
	count(rule.violations) == 0 with input as sg([{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]}])
	count(rule.violations) == 0 with input as sg([{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": [unknown_var("cidr")]}])
	count(rule.violations) == 0 with input as sg([{"from_port": unknown_var("port"), "to_port": unknown_var("port"), "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}])
	count(rule.violations) == 0 with input as sg([{"from_port": 22, "to_port": 22, "protocol": unknown_var("proto"), "cidr_blocks": ["0.0.0.0/0"]}])
	count(rule.violations) == 0 with input as sg([{"from_port": 8, "to_port": 0, "protocol": "icmp", "cidr_blocks": ["0.0.0.0/0"]}])
}

test_security_group_rule if {
	r := res("aws_security_group_rule", "rdp", {"type": "ingress", "from_port": "3389", "to_port": "3389", "protocol": "6", "cidr_blocks": ["0.0.0.0/0"]})
	found(rule.violations) == {["TG-AWS-050", ["resource", "aws_security_group_rule", "rdp", "config", "cidr_blocks", 0]]} with input as doc(r)
	egress := res("aws_security_group_rule", "out", {"type": "egress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]})
	count(rule.violations) == 0 with input as doc(egress)
}

test_vpc_ingress_rule if {
	r := res("aws_vpc_security_group_ingress_rule", "all", {"ip_protocol": "-1", "cidr_ipv4": "0.0.0.0/0"})
	found(rule.violations) == {["TG-AWS-050", ["resource", "aws_vpc_security_group_ingress_rule", "all", "config", "cidr_ipv4"]]} with input as doc(r)
	ssh := res("aws_vpc_security_group_ingress_rule", "ssh", {"ip_protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_ipv6": "::/0"})
	found(rule.violations) == {["TG-AWS-050", ["resource", "aws_vpc_security_group_ingress_rule", "ssh", "config", "cidr_ipv6"]]} with input as doc(ssh)
}

test_admin_ports_parameter if {
	i := [{"from_port": 5432, "to_port": 5432, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]
	count(rule.violations) == 1 with input as sg(i) with data.params.aws.admin_ports as [22, 3389, 5432]
}
