package tollgate.rules.terraform.gcp_storage_public_access_prevention_test

import data.tollgate.rules.terraform.gcp_storage_public_access_prevention as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

bucket(cfg) := {"resource": {"google_storage_bucket": {"b": res("google_storage_bucket", "b", cfg)}}}

test_default_inherited_is_flagged_at_the_bucket if {
	vs := rule.violations with input as bucket({"name": "acme-data"})
	found(vs) == {["resource", "google_storage_bucket", "b"]}
	some v in vs
	v.rule == "TG-GCP-005"
	v.msg == "google_storage_bucket 'b' does not set public_access_prevention, which defaults to \"inherited\": public access is not prevented by the bucket"
}

test_inherited_is_flagged_at_the_setting if {
	found(rule.violations) == {["resource", "google_storage_bucket", "b", "config", "public_access_prevention"]} with input as bucket({"public_access_prevention": "inherited"})
}

test_enforced_and_unknown_pass if {
	count(rule.violations) == 0 with input as bucket({"public_access_prevention": "enforced"})
	count(rule.violations) == 0 with input as bucket({"public_access_prevention": unknown_var("pap")})
}

test_inherited_accepted_by_parameter if {
	count(rule.violations) == 0 with input as bucket({}) with data.params.gcp.storage_accept_inherited_public_access_prevention as true
	count(rule.violations) == 0 with input as bucket({"public_access_prevention": "inherited"}) with data.params.gcp.storage_accept_inherited_public_access_prevention as true
	count(rule.violations) == 1 with input as bucket({"public_access_prevention": "unspecified"}) with data.params.gcp.storage_accept_inherited_public_access_prevention as true
}
