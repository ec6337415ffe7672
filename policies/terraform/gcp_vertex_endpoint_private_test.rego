package tollgate.rules.terraform.gcp_vertex_endpoint_private_test

import data.tollgate.rules.terraform.gcp_vertex_endpoint_private as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

endpoint(cfg) := {"resource": {"google_vertex_ai_endpoint": {"e": res("google_vertex_ai_endpoint", "e", cfg)}}}

index_endpoint(cfg) := {"resource": {"google_vertex_ai_index_endpoint": {"e": res("google_vertex_ai_index_endpoint", "e", cfg)}}}

test_public_endpoint_is_flagged_at_its_block if {
	vs := rule.violations with input as endpoint({"display_name": "churn"})
	found(vs) == {["resource", "google_vertex_ai_endpoint", "e"]}
	some v in vs
	v.rule == "TG-GCP-008"
	v.msg == "google_vertex_ai_endpoint 'e' has neither network nor private_service_connect_config: it is served on the public Vertex AI API"
}

test_disabled_psc_is_flagged_at_the_setting if {
	cfg := {"private_service_connect_config": [{"enable_private_service_connect": false}]}
	found(rule.violations) == {["resource", "google_vertex_ai_endpoint", "e", "config", "private_service_connect_config", 0, "enable_private_service_connect"]} with input as endpoint(cfg)
}

test_private_endpoints_and_unknowns_pass if {
	count(rule.violations) == 0 with input as endpoint({"network": "projects/123/global/networks/ml"})
	count(rule.violations) == 0 with input as endpoint({"network": unknown_var("network")})
	count(rule.violations) == 0 with input as endpoint({"private_service_connect_config": [{"enable_private_service_connect": true}]})
	count(rule.violations) == 0 with input as endpoint({"private_service_connect_config": [{"enable_private_service_connect": unknown_var("psc")}]})
}

test_public_index_endpoint if {
	found(rule.violations) == {["resource", "google_vertex_ai_index_endpoint", "e", "config", "public_endpoint_enabled"]} with input as index_endpoint({"public_endpoint_enabled": true})
	count(rule.violations) == 0 with input as index_endpoint({"network": "projects/123/global/networks/ml"})
	count(rule.violations) == 0 with input as index_endpoint({"public_endpoint_enabled": unknown_var("public")})
}
