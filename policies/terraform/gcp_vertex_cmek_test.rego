package tollgate.rules.terraform.gcp_vertex_cmek_test

import data.tollgate.rules.terraform.gcp_vertex_cmek as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

doc(type, cfg) := {"resource": {type: {"r": res(type, "r", cfg)}}}

test_every_covered_type_without_encryption_spec_is_flagged if {
	every type in data.params.gcp.vertex_cmek_resource_types {
		found(rule.violations) == {["resource", type, "r"]} with input as doc(type, {"display_name": "x"})
	}
	some v in rule.violations with input as doc("google_vertex_ai_dataset", {})
	v.rule == "TG-GCP-002"
	v.msg == "google_vertex_ai_dataset 'r' has no encryption_spec, so Vertex AI encrypts it with a Google-managed key"
}

test_key_missing_or_blank_is_flagged_inside_the_block if {
	found(rule.violations) == {["resource", "google_vertex_ai_endpoint", "r", "config", "encryption_spec", 0]} with input as doc("google_vertex_ai_endpoint", {"encryption_spec": [{}]})
	found(rule.violations) == {["resource", "google_vertex_ai_endpoint", "r", "config", "encryption_spec", 0, "kms_key_name"]} with input as doc("google_vertex_ai_endpoint", {"encryption_spec": [{"kms_key_name": ""}]})
}

test_key_and_unknown_values_pass if {
	count(rule.violations) == 0 with input as doc("google_vertex_ai_featurestore", {"encryption_spec": [{"kms_key_name": "projects/p/locations/l/keyRings/r/cryptoKeys/k"}]})
	count(rule.violations) == 0 with input as doc("google_vertex_ai_featurestore", {"encryption_spec": [{"kms_key_name": unknown_var("key")}]})
	count(rule.violations) == 0 with input as doc("google_vertex_ai_tensorboard", {"encryption_spec": unknown_var("spec")})
}

test_uncovered_types_and_parameter if {
	count(rule.violations) == 0 with input as doc("google_vertex_ai_index", {})
	found(rule.violations) == {["resource", "google_vertex_ai_index", "r"]} with input as doc("google_vertex_ai_index", {})
		with data.params.gcp.vertex_cmek_resource_types as ["google_vertex_ai_index"]
}
