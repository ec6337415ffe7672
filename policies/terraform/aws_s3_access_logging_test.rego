package tollgate.rules.terraform.aws_s3_access_logging_test

import data.tollgate.rules.terraform.aws_s3_access_logging as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

unknown_var(n) := {"__unknown__": true, "expr": concat(".", ["var", n]), "refs": [concat(".", ["var", n])]}

logging(name, target, to) := res("aws_s3_bucket_logging", name, {"bucket": target, "target_bucket": to, "target_prefix": "logs/"})

doc(buckets, companions) := {"resource": {
	"aws_s3_bucket": {b.name: b | some b in buckets},
	"aws_s3_bucket_logging": {c.name: c | some c in companions},
}}

test_bucket_without_logging_is_flagged_at_its_block if {
	vs := rule.violations with input as doc([res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})], [])
	found(vs) == {["TG-AWS-041", ["resource", "aws_s3_bucket", "raw"]]}
	some v in vs
	v.msg == "aws_s3_bucket 'raw' has no server access logging: no aws_s3_bucket_logging references it"
}

test_logging_companion_satisfies_and_its_target_is_exempt if {
	d := doc(
		[res("aws_s3_bucket", "raw", {"bucket": "acme-raw"}), res("aws_s3_bucket", "logs", {"bucket": "acme-logs"})],
		[logging("raw", ref("aws_s3_bucket.raw.id"), ref("aws_s3_bucket.logs.id"))],
	)
	count(rule.violations) == 0 with input as d
}

test_target_by_literal_name_is_exempt if {
	d := doc(
		[res("aws_s3_bucket", "raw", {"bucket": "acme-raw"}), res("aws_s3_bucket", "logs", {"bucket": "acme-logs"})],
		[logging("raw", ref("aws_s3_bucket.raw.id"), "acme-logs")],
	)
	count(rule.violations) == 0 with input as d
}

test_other_buckets_are_still_flagged if {
	d := doc(
		[res("aws_s3_bucket", "raw", {"bucket": "acme-raw"}), res("aws_s3_bucket", "scratch", {"bucket": "acme-scratch"})],
		[logging("raw", ref("aws_s3_bucket.raw.id"), ref("module.logs.bucket_id"))],
	)
	found(rule.violations) == {["TG-AWS-041", ["resource", "aws_s3_bucket", "scratch"]]} with input as d
}

test_target_from_a_variable_exempts_buckets_of_unknown_name_only if {
	d := doc(
		[res("aws_s3_bucket", "raw", {"bucket": "acme-raw"}), res("aws_s3_bucket", "named", {"bucket": "acme-named"}), res("aws_s3_bucket", "logs", {"bucket": unknown_var("log_bucket")})],
		[logging("raw", ref("aws_s3_bucket.raw.id"), unknown_var("log_bucket"))],
	)
	found(rule.violations) == {["TG-AWS-041", ["resource", "aws_s3_bucket", "named"]]} with input as d
}

test_log_delivery_acl_is_exempt if {
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "logs", {"acl": "log-delivery-write"})], [])
}

test_unknown_companion_target_covers if {
	d := doc([res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})], [logging("x", unknown_var("bucket"), "acme-logs")])
	count(rule.violations) == 0 with input as d
}

test_inline_block_of_provider_v3 if {
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {"logging": [{"target_bucket": "acme-logs"}]})], [])
}

test_parameter_switches_the_rule_off if {
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], []) with data.params.aws.s3_require_access_logging as false
}
