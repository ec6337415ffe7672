package tollgate.rules.terraform.aws_s3_tls_only_test

import data.tollgate.rules.terraform.aws_s3_tls_only as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

unknown_var(n) := {"__unknown__": true, "expr": concat(".", ["var", n]), "refs": [concat(".", ["var", n])]}

deny_http := `{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}`

allow_read := `{"Statement": [{"Sid": "Read", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "*"}]}`

policy(name, target, p) := res("aws_s3_bucket_policy", name, {"bucket": target, "policy": p})

doc(buckets, policies, data_sources) := {
	"resource": {
		"aws_s3_bucket": {b.name: b | some b in buckets},
		"aws_s3_bucket_policy": {p.name: p | some p in policies},
	},
	"data": {"aws_iam_policy_document": {d.name: d | some d in data_sources}},
}

data_source(name, statements) := {"address": concat(".", ["data.aws_iam_policy_document", name]), "type": "aws_iam_policy_document", "name": name, "mode": "data", "module": "", "config": {"statement": statements}}

test_bucket_without_policy_is_flagged_at_its_block if {
	vs := rule.violations with input as doc([res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})], [], [])
	found(vs) == {["TG-AWS-042", ["resource", "aws_s3_bucket", "raw"]]}
	some v in vs
	v.msg == "aws_s3_bucket 'raw' has no bucket policy, so nothing denies requests made without TLS: no aws_s3_bucket_policy references it"
}

test_literal_policy_with_the_deny_passes if {
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], [policy("raw", ref("aws_s3_bucket.raw.id"), deny_http)], [])
}

test_literal_policy_without_the_deny_is_flagged_at_the_policy if {
	vs := rule.violations with input as doc([res("aws_s3_bucket", "raw", {})], [policy("raw", ref("aws_s3_bucket.raw.id"), allow_read)], [])
	found(vs) == {["TG-AWS-042", ["resource", "aws_s3_bucket_policy", "raw", "config", "policy"]]}
}

test_policy_of_another_bucket_does_not_cover if {
	d := doc([res("aws_s3_bucket", "raw", {}), res("aws_s3_bucket", "logs", {})], [policy("logs", ref("aws_s3_bucket.logs.id"), deny_http)], [])
	found(rule.violations) == {["TG-AWS-042", ["resource", "aws_s3_bucket", "raw"]]} with input as d
}

test_unknown_documents_and_targets_are_not_judged if {
	jsonencoded := {"__unknown__": true, "expr": "jsonencode({})", "refs": []}
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], [policy("raw", ref("aws_s3_bucket.raw.id"), jsonencoded)], [])
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], [policy("x", unknown_var("b"), deny_http)], [])
}

test_data_source_documents if {
	tls := {"effect": "Deny", "actions": ["s3:*"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}]}
	read := {"actions": ["s3:GetObject"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::111122223333:root"]}]}
	p := policy("raw", ref("aws_s3_bucket.raw.id"), ref("data.aws_iam_policy_document.raw.json"))
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], [p], [data_source("raw", [read, tls])])
	vs := rule.violations with input as doc([res("aws_s3_bucket", "raw", {})], [p], [data_source("raw", [read])])
	found(vs) == {["TG-AWS-042", ["resource", "aws_s3_bucket_policy", "raw", "config", "policy"]]}
	some v in vs
	v.msg == "aws_s3_bucket_policy 'raw' has a bucket policy without a Deny on aws:SecureTransport = false, so requests without TLS are allowed (its document is data.aws_iam_policy_document.raw)"
}

test_data_source_with_unknown_parts_is_not_judged if {
	p := policy("raw", ref("aws_s3_bucket.raw.id"), ref("data.aws_iam_policy_document.raw.json"))
	dynamic := {"__dynamic__": true, "effect": "Deny", "condition": [{"test": "Bool", "variable": unknown_var("k"), "values": ["false"]}]}
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], [p], [data_source("raw", [dynamic])])
	merged := object.union(data_source("raw", [{"actions": ["s3:GetObject"]}]), {"config": {"statement": [{"actions": ["s3:GetObject"]}], "source_policy_documents": [unknown_var("base")]}})
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], [p], [merged])
}

test_inline_policy_of_provider_v3 if {
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {"policy": deny_http})], [], [])
	found(rule.violations) == {["TG-AWS-042", ["resource", "aws_s3_bucket", "raw", "config", "policy"]]} with input as doc([res("aws_s3_bucket", "raw", {"policy": allow_read})], [], [])
}

test_tls_version_condition_counts if {
	min_tls := `{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}}}]}`
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], [policy("raw", ref("aws_s3_bucket.raw.id"), min_tls)], [])
}

test_inline_policy_gives_way_to_a_companion if {
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {"policy": allow_read})], [policy("raw", ref("aws_s3_bucket.raw.id"), deny_http)], [])
}
