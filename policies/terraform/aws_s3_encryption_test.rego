package tollgate.rules.terraform.aws_s3_encryption_test

import data.tollgate.rules.terraform.aws_s3_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

kms_rule(alg) := [{"apply_server_side_encryption_by_default": [{"sse_algorithm": alg}]}]

sse(name, target, alg) := res("aws_s3_bucket_server_side_encryption_configuration", name, {"bucket": target, "rule": kms_rule(alg)})

doc(buckets, sses) := {"resource": {
	"aws_s3_bucket": {b.name: b | some b in buckets},
	"aws_s3_bucket_server_side_encryption_configuration": {s.name: s | some s in sses},
}}

test_bucket_without_encryption_is_flagged_at_its_block if {
	vs := rule.violations with input as doc([res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})], [])
	found(vs) == {["TG-AWS-001", ["resource", "aws_s3_bucket", "raw"]]}
	some v in vs
	v.msg == "aws_s3_bucket 'raw' has no default encryption: no aws_s3_bucket_server_side_encryption_configuration references it"
}

test_companion_by_reference_satisfies if {
	d := doc([res("aws_s3_bucket", "raw", {})], [sse("raw", ref("aws_s3_bucket.raw.id"), "aws:kms")])
	count(rule.violations) == 0 with input as d
}

test_companion_for_another_bucket_does_not_satisfy if {
	d := doc([res("aws_s3_bucket", "raw", {}), res("aws_s3_bucket", "logs", {})], [sse("logs", ref("aws_s3_bucket.logs.id"), "aws:kms")])
	found(rule.violations) == {["TG-AWS-001", ["resource", "aws_s3_bucket", "raw"]]} with input as d
}

test_companion_by_literal_name_satisfies if {
	d := doc([res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})], [sse("raw", "acme-raw", "aws:kms")])
	count(rule.violations) == 0 with input as d
}

test_unresolved_companion_target_is_not_a_violation if {
	target := {"__unknown__": true, "expr": "var.bucket", "refs": ["var.bucket"]}
	d := doc([res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})], [sse("raw", target, "aws:kms")])
	count(rule.violations) == 0 with input as d
}

test_inline_configuration_of_provider_v3_satisfies if {
	inline := {"server_side_encryption_configuration": [{"rule": kms_rule("aws:kms")}]}
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", inline)], [])
}

test_aes256_is_flagged_at_the_algorithm if {
	d := doc([res("aws_s3_bucket", "raw", {})], [sse("raw", ref("aws_s3_bucket.raw.id"), "AES256")])
	vs := rule.violations with input as d
	found(vs) == {["TG-AWS-001", ["resource", "aws_s3_bucket_server_side_encryption_configuration", "raw", "config", "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]]}
}

test_aes256_is_accepted_when_kms_is_not_required if {
	d := doc([res("aws_s3_bucket", "raw", {})], [sse("raw", ref("aws_s3_bucket.raw.id"), "AES256")])
	count(rule.violations) == 0 with input as d with data.params.aws.s3_require_kms as false
}

test_unknown_algorithm_is_not_a_violation if {
	alg := {"__unknown__": true, "expr": "var.alg", "refs": ["var.alg"]}
	d := doc([res("aws_s3_bucket", "raw", {})], [sse("raw", ref("aws_s3_bucket.raw.id"), alg)])
	count(rule.violations) == 0 with input as d
}

test_bucket_with_count_zero_is_ignored if {
	b := object.union(res("aws_s3_bucket", "raw", {}), {"count": 0})
	count(rule.violations) == 0 with input as doc([b], [])
}
