package tollgate.rules.terraform.gcp_bigquery_cmek_test

import data.tollgate.rules.terraform.gcp_bigquery_cmek as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

dataset(cfg) := {"resource": {"google_bigquery_dataset": {"d": res("google_bigquery_dataset", "d", cfg)}}}

test_dataset_without_default_key_is_flagged if {
	vs := rule.violations with input as dataset({"dataset_id": "features"})
	found(vs) == {["resource", "google_bigquery_dataset", "d"]}
	some v in vs
	v.rule == "TG-GCP-006"
}

test_blank_and_missing_key_are_flagged_inside_the_block if {
	found(rule.violations) == {["resource", "google_bigquery_dataset", "d", "config", "default_encryption_configuration", 0, "kms_key_name"]} with input as dataset({"default_encryption_configuration": [{"kms_key_name": ""}]})
	found(rule.violations) == {["resource", "google_bigquery_dataset", "d", "config", "default_encryption_configuration", 0]} with input as dataset({"default_encryption_configuration": [{}]})
}

test_key_and_unknown_pass if {
	count(rule.violations) == 0 with input as dataset({"default_encryption_configuration": [{"kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"}]})
	count(rule.violations) == 0 with input as dataset({"default_encryption_configuration": [{"kms_key_name": unknown_var("key")}]})
}
