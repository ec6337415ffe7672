package tollgate.rules.terraform.gcp_compute_public_ip_test

import data.tollgate.rules.terraform.gcp_compute_public_ip as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

vm(type, ni) := {"resource": {type: {"vm": res(type, "vm", {"machine_type": "a2-highgpu-1g", "network_interface": ni})}}}

test_access_config_is_flagged_at_the_block if {
	vs := rule.violations with input as vm("google_compute_instance", [{"subnetwork": "ml", "access_config": [{}]}])
	found(vs) == {["resource", "google_compute_instance", "vm", "config", "network_interface", 0, "access_config", 0]}
	some v in vs
	v.rule == "TG-GCP-016"
	v.msg == "google_compute_instance 'vm' gives its network interface an external IPv4 address (access_config)"
}

test_templates_and_ipv6 if {
	found(rule.violations) == {["resource", "google_compute_instance_template", "vm", "config", "network_interface", 0, "access_config", 0]} with input as vm("google_compute_instance_template", [{"access_config": [{"network_tier": "PREMIUM"}]}])
	found(rule.violations) == {["resource", "google_compute_region_instance_template", "vm", "config", "network_interface", 0, "ipv6_access_config", 0]} with input as vm("google_compute_region_instance_template", [{"ipv6_access_config": [{"network_tier": "PREMIUM"}]}])
}

test_internal_only_and_unknown_dynamic_pass if {
	count(rule.violations) == 0 with input as vm("google_compute_instance", [{"subnetwork": "ml"}])
	count(rule.violations) == 0 with input as vm("google_compute_instance", [{"access_config": [{"__dynamic__": true, "__for_each__": unknown_var("public_ips")}]}])
	found(rule.violations) == {["resource", "google_compute_instance", "vm", "config", "network_interface", 0, "access_config", 0]} with input as vm("google_compute_instance", [{"access_config": [{"__dynamic__": true, "__for_each__": ["x"]}]}])
}
