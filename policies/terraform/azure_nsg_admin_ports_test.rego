package tollgate.rules.terraform.azure_nsg_admin_ports_test

import data.tollgate.rules.terraform.azure_nsg_admin_ports as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

standalone(cfg) := {"resource": {"azurerm_network_security_rule": {"r": res("azurerm_network_security_rule", "r", cfg)}}}

group(rules) := {"resource": {"azurerm_network_security_group": {"g": res("azurerm_network_security_group", "g", {"security_rule": rules})}}}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

ssh_from(src) := {"name": "ssh", "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "destination_port_range": "22", "source_address_prefix": src}

rule_path(attr) := ["resource", "azurerm_network_security_rule", "r", "config", attr]

test_ssh_from_anywhere_is_flagged_at_the_source if {
	vs := rule.violations with input as standalone(ssh_from("*"))
	found(vs) == {["TG-AZ-011", rule_path("source_address_prefix")]}
	some v in vs
	v.msg == "azurerm_network_security_rule 'r' allows inbound traffic from anywhere (source \"*\") to port 22"
}

test_every_spelling_of_anywhere_is_flagged if {
	every src in ["*", "0.0.0.0/0", "0.0.0.0", "Internet", "internet", "Any", "::/0", "192.0.2.0/0"] {
		count(rule.violations) == 1 with input as standalone(ssh_from(src))
	}
}

test_private_sources_are_compliant if {
	every src in ["10.0.0.0/8", "VirtualNetwork", "AzureLoadBalancer", "203.0.113.10/32"] {
		count(rule.violations) == 0 with input as standalone(ssh_from(src))
	}
}

test_unknown_values_are_not_violations if {
	count(rule.violations) == 0 with input as standalone(ssh_from(unknown("var.source")))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"destination_port_range": unknown("var.port")}))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"direction": unknown("var.direction")}))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"access": unknown("var.access")}))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"protocol": unknown("var.protocol")}))
}

test_outbound_deny_and_icmp_are_compliant if {
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"direction": "Outbound"}))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"access": "Deny"}))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"protocol": "Icmp"}))
}

test_port_ranges_and_wildcards if {
	count(rule.violations) == 1 with input as standalone(object.union(ssh_from("*"), {"destination_port_range": "*"}))
	count(rule.violations) == 1 with input as standalone(object.union(ssh_from("*"), {"destination_port_range": "20-30"}))
	count(rule.violations) == 1 with input as standalone(object.union(ssh_from("*"), {"destination_port_range": 3389}))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"destination_port_range": "443"}))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"destination_port_range": "23-3388"}))
	count(rule.violations) == 0 with input as standalone(object.union(ssh_from("*"), {"destination_port_range": "8000-9000"}))
}

test_all_ports_name_both_admin_ports if {
	vs := rule.violations with input as standalone(object.union(ssh_from("Internet"), {"destination_port_range": "*", "protocol": "*"}))
	some v in vs
	v.msg == "azurerm_network_security_rule 'r' allows inbound traffic from anywhere (source \"Internet\") to ports 22, 3389"
}

test_lists_of_ports_and_sources_point_at_the_element if {
	cfg := object.union(ssh_from(null), {
		"destination_port_range": null,
		"destination_port_ranges": ["443", "3380-3390", unknown("var.port")],
		"source_address_prefixes": ["10.0.0.0/8", "0.0.0.0/0", unknown("var.src")],
	})
	vs := rule.violations with input as standalone(cfg)
	found(vs) == {["TG-AZ-011", array.concat(rule_path("source_address_prefixes"), [1])]}
	some v in vs
	v.msg == "azurerm_network_security_rule 'r' allows inbound traffic from anywhere (source \"0.0.0.0/0\") to port 3389"
}

test_inline_rules_of_a_group_are_flagged if {
	vs := rule.violations with input as group([ssh_from("10.0.0.0/8"), object.union(ssh_from("*"), {"name": "rdp", "destination_port_range": "3389"})])
	found(vs) == {["TG-AZ-011", ["resource", "azurerm_network_security_group", "g", "config", "security_rule", 1, "source_address_prefix"]]}
	some v in vs
	v.msg == "azurerm_network_security_group 'g' security rule \"rdp\" allows inbound traffic from anywhere (source \"*\") to port 3389"
}

test_inline_rule_without_a_known_name_is_numbered if {
	vs := rule.violations with input as group([object.union(ssh_from("*"), {"name": unknown("each.key")})])
	some v in vs
	v.msg == "azurerm_network_security_group 'g' security rule #1 allows inbound traffic from anywhere (source \"*\") to port 22"
}

test_plan_style_empty_values_are_ignored if {
	cfg := object.union(ssh_from(""), {"source_address_prefixes": [], "destination_port_ranges": []})
	count(rule.violations) == 0 with input as standalone(cfg)
}

test_ports_come_from_the_parameter if {
	cfg := object.union(ssh_from("*"), {"destination_port_range": "5432"})
	count(rule.violations) == 1 with input as standalone(cfg) with data.params.azure.nsg_admin_ports as [22, 3389, 5432]
}
