package tollgate.rules.terraform.gcp_storage_cmek_test

import data.tollgate.rules.terraform.gcp_storage_cmek as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

bucket(cfg) := {"resource": {"google_storage_bucket": {"b": res("google_storage_bucket", "b", cfg)}}}

test_bucket_without_encryption_is_flagged_at_its_block if {
	vs := rule.violations with input as bucket({"name": "acme-data"})
	found(vs) == {["resource", "google_storage_bucket", "b"]}
	some v in vs
	v.rule == "TG-GCP-003"
	v.msg == "google_storage_bucket 'b' has no encryption.default_kms_key_name, so objects are encrypted with a Google-managed key"
}

test_empty_key_is_flagged_at_the_key if {
	found(rule.violations) == {["resource", "google_storage_bucket", "b", "config", "encryption", 0, "default_kms_key_name"]} with input as bucket({"encryption": [{"default_kms_key_name": ""}]})
	found(rule.violations) == {["resource", "google_storage_bucket", "b", "config", "encryption", 0]} with input as bucket({"encryption": [{}]})
}

test_key_and_unknowns_pass if {
	count(rule.violations) == 0 with input as bucket({"encryption": [{"default_kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"}]})
	count(rule.violations) == 0 with input as bucket({"encryption": [{"default_kms_key_name": unknown_var("key")}]})
	count(rule.violations) == 0 with input as bucket({"encryption": [{"__dynamic__": true, "__for_each__": unknown_var("keys"), "default_kms_key_name": unknown_var("k")}]})
}
