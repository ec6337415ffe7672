package tollgate.rules.terraform.aws_s3_versioning_test

import data.tollgate.rules.terraform.aws_s3_versioning as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

unknown_var(n) := {"__unknown__": true, "expr": concat(".", ["var", n]), "refs": [concat(".", ["var", n])]}

versioning(name, target, status) := res("aws_s3_bucket_versioning", name, {"bucket": target, "versioning_configuration": [{"status": status}]})

doc(buckets, companions) := {"resource": {
	"aws_s3_bucket": {b.name: b | some b in buckets},
	"aws_s3_bucket_versioning": {c.name: c | some c in companions},
}}

test_bucket_without_versioning_is_flagged_at_its_block if {
	vs := rule.violations with input as doc([res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})], [])
	found(vs) == {["TG-AWS-040", ["resource", "aws_s3_bucket", "raw"]]}
	some v in vs
	v.msg == "aws_s3_bucket 'raw' has no versioning: no aws_s3_bucket_versioning references it"
}

test_enabled_companion_by_reference_satisfies if {
	d := doc([res("aws_s3_bucket", "raw", {})], [versioning("raw", ref("aws_s3_bucket.raw.id"), "Enabled")])
	count(rule.violations) == 0 with input as d
}

test_companion_of_another_bucket_does_not_satisfy if {
	d := doc([res("aws_s3_bucket", "raw", {}), res("aws_s3_bucket", "logs", {})], [versioning("logs", ref("aws_s3_bucket.logs.id"), "Enabled")])
	found(rule.violations) == {["TG-AWS-040", ["resource", "aws_s3_bucket", "raw"]]} with input as d
}

test_suspended_is_flagged_at_the_status if {
	d := doc([res("aws_s3_bucket", "raw", {})], [versioning("raw", ref("aws_s3_bucket.raw.id"), "Suspended")])
	vs := rule.violations with input as d
	found(vs) == {["TG-AWS-040", ["resource", "aws_s3_bucket_versioning", "raw", "config", "versioning_configuration", 0, "status"]]}
	some v in vs
	v.msg == "aws_s3_bucket_versioning 'raw' sets status to \"Suspended\"; versioning must be Enabled"
}

test_unknown_target_and_status_are_not_violations if {
	d := doc([res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})], [versioning("x", unknown_var("bucket"), unknown_var("status"))])
	count(rule.violations) == 0 with input as d
}

test_inline_block_of_provider_v3 if {
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {"versioning": [{"enabled": true}]})], [])
	found(rule.violations) == {["TG-AWS-040", ["resource", "aws_s3_bucket", "raw", "config", "versioning", 0, "enabled"]]} with input as doc([res("aws_s3_bucket", "raw", {"versioning": [{"enabled": false}]})], [])
	found(rule.violations) == {["TG-AWS-040", ["resource", "aws_s3_bucket", "raw", "config", "versioning", 0]]} with input as doc([res("aws_s3_bucket", "raw", {"versioning": [{"mfa_delete": false}]})], [])
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {"versioning": [{"enabled": unknown_var("v")}]})], [])
}

test_inline_block_gives_way_to_a_companion if {
	d := doc([res("aws_s3_bucket", "raw", {"versioning": [{"enabled": false}]})], [versioning("raw", ref("aws_s3_bucket.raw.id"), "Enabled")])
	count(rule.violations) == 0 with input as d
}
