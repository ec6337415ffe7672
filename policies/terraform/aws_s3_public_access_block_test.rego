package tollgate.rules.terraform.aws_s3_public_access_block_test

import data.tollgate.rules.terraform.aws_s3_public_access_block as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

all_true := {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}

pab(name, target, settings) := res("aws_s3_bucket_public_access_block", name, object.union({"bucket": target}, settings))

doc(buckets, pabs) := {"resource": {
	"aws_s3_bucket": {b.name: b | some b in buckets},
	"aws_s3_bucket_public_access_block": {p.name: p | some p in pabs},
}}

test_bucket_without_block_is_flagged if {
	vs := rule.violations with input as doc([res("aws_s3_bucket", "raw", {})], [])
	found(vs) == {["TG-AWS-002", ["resource", "aws_s3_bucket", "raw"]]}
}

test_full_block_by_reference_satisfies if {
	d := doc([res("aws_s3_bucket", "raw", {})], [pab("raw", ref("aws_s3_bucket.raw.id"), all_true)])
	count(rule.violations) == 0 with input as d
}

test_false_setting_is_flagged_at_the_setting if {
	settings := object.union(all_true, {"restrict_public_buckets": false})
	d := doc([res("aws_s3_bucket", "raw", {})], [pab("raw", ref("aws_s3_bucket.raw.id"), settings)])
	vs := rule.violations with input as d
	found(vs) == {["TG-AWS-002", ["resource", "aws_s3_bucket_public_access_block", "raw", "config", "restrict_public_buckets"]]}
	some v in vs
	v.msg == "aws_s3_bucket_public_access_block 'raw' sets restrict_public_buckets to false; all four settings must be true"
}

test_missing_setting_is_flagged_at_the_block if {
	settings := object.remove(all_true, ["ignore_public_acls"])
	d := doc([res("aws_s3_bucket", "raw", {})], [pab("raw", ref("aws_s3_bucket.raw.id"), settings)])
	found(rule.violations) == {["TG-AWS-002", ["resource", "aws_s3_bucket_public_access_block", "raw"]]} with input as d
}

test_unknown_setting_is_not_a_violation if {
	settings := object.union(all_true, {"block_public_policy": {"__unknown__": true, "expr": "var.strict", "refs": ["var.strict"]}})
	d := doc([res("aws_s3_bucket", "raw", {})], [pab("raw", ref("aws_s3_bucket.raw.id"), settings)])
	count(rule.violations) == 0 with input as d
}

test_block_for_another_bucket_does_not_cover if {
	d := doc([res("aws_s3_bucket", "raw", {}), res("aws_s3_bucket", "logs", {})], [pab("logs", ref("aws_s3_bucket.logs.id"), all_true)])
	found(rule.violations) == {["TG-AWS-002", ["resource", "aws_s3_bucket", "raw"]]} with input as d
}

test_account_level_block_covers_every_bucket if {
	d := object.union(doc([res("aws_s3_bucket", "raw", {})], []), {"resource": {"aws_s3_account_public_access_block": {"this": res("aws_s3_account_public_access_block", "this", all_true)}}})
	count(rule.violations) == 0 with input as d
}

test_account_level_block_settings_are_checked if {
	acct := res("aws_s3_account_public_access_block", "this", object.union(all_true, {"block_public_acls": false}))
	d := {"resource": {"aws_s3_account_public_access_block": {"this": acct}}}
	found(rule.violations) == {["TG-AWS-002", ["resource", "aws_s3_account_public_access_block", "this", "config", "block_public_acls"]]} with input as d
}
