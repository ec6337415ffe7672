package tollgate.rules.terraform.gcp_storage_uniform_access_test

import data.tollgate.rules.terraform.gcp_storage_uniform_access as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

bucket(cfg) := {"resource": {"google_storage_bucket": {"b": res("google_storage_bucket", "b", cfg)}}}

test_missing_setting_is_flagged_at_the_bucket if {
	vs := rule.violations with input as bucket({"name": "acme-data"})
	found(vs) == {["resource", "google_storage_bucket", "b"]}
	some v in vs
	v.rule == "TG-GCP-004"
}

test_false_is_flagged_at_the_setting if {
	found(rule.violations) == {["resource", "google_storage_bucket", "b", "config", "uniform_bucket_level_access"]} with input as bucket({"uniform_bucket_level_access": false})
}

test_enabled_legacy_and_unknown_pass if {
	count(rule.violations) == 0 with input as bucket({"uniform_bucket_level_access": true})
	count(rule.violations) == 0 with input as bucket({"bucket_policy_only": true})
	count(rule.violations) == 0 with input as bucket({"uniform_bucket_level_access": unknown_var("ubla")})
}
