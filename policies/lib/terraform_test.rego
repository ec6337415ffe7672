package tollgate.lib.terraform_test

import data.tollgate.lib.terraform as tf

unknown_ref(ref) := {"__unknown__": true, "expr": ref, "refs": [ref], "ref": ref}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

bucket(name, cfg) := res("aws_s3_bucket", name, cfg)

sse(name, target) := res("aws_s3_bucket_server_side_encryption_configuration", name, {"bucket": target})

module_input(buckets, sses) := {"resource": {
	"aws_s3_bucket": {b.name: b | some b in buckets},
	"aws_s3_bucket_server_side_encryption_configuration": {s.name: s | some s in sses},
}}

companion_names(bucket_name, doc) := {c.resource.name |
	some b in tf.resources("aws_s3_bucket") with input as doc
	b.resource.name == bucket_name
	some c in tf.companions(b, "aws_s3_bucket_server_side_encryption_configuration") with input as doc
}

test_unknown_and_known if {
	tf.unknown(unknown_var("x"))
	not tf.unknown("x")
	not tf.unknown({"a": 1})
	tf.known(false)
	tf.known_not("Enabled", "Disabled")
	not tf.known_not(unknown_var("x"), "Disabled")
}

test_companion_by_reference if {
	doc := module_input([bucket("data", {}), bucket("logs", {})], [sse("data", unknown_ref("aws_s3_bucket.data.id"))])
	companion_names("data", doc) == {"data"}
	companion_names("logs", doc) == set()
}

test_companion_by_bucket_attribute_and_index if {
	doc := module_input([bucket("data", {})], [sse("x", unknown_ref("aws_s3_bucket.data[0].bucket"))])
	companion_names("data", doc) == {"x"}
}

test_companion_by_literal_name if {
	doc := module_input([bucket("data", {"bucket": "acme-data"}), bucket("logs", {"bucket": "acme-logs"})], [sse("x", "acme-data")])
	companion_names("data", doc) == {"x"}
	companion_names("logs", doc) == set()
}

test_companion_with_unknown_target_covers_every_bucket if {
	doc := module_input([bucket("data", {"bucket": "acme-data"}), bucket("logs", {})], [sse("x", unknown_var("bucket"))])
	companion_names("data", doc) == {"x"}
	companion_names("logs", doc) == {"x"}
}

test_literal_companion_may_target_a_bucket_with_unknown_name if {
	doc := module_input([bucket("data", {"bucket": unknown_var("name")})], [sse("x", "acme-data")])
	companion_names("data", doc) == {"x"}
}

test_companion_in_another_module_does_not_count if {
	b := object.union(bucket("data", {}), {"module": "module.a"})
	s := object.union(sse("x", unknown_ref("aws_s3_bucket.data.id")), {"module": "module.b"})
	companion_names("data", module_input([b], [s])) == set()
}

test_resources_skip_known_zero_count_and_empty_for_each if {
	doc := {"resource": {"aws_s3_bucket": {
		"off": object.union(bucket("off", {}), {"count": 0}),
		"none": object.union(bucket("none", {}), {"for_each": {}}),
		"maybe": object.union(bucket("maybe", {}), {"count": unknown_var("n")}),
		"some": object.union(bucket("some", {}), {"for_each": unknown_var("set")}),
	}}}
	{r.resource.name | some r in tf.resources("aws_s3_bucket")} == {"maybe", "some"} with input as doc
}

test_blocks_accept_arrays_and_single_objects if {
	tf.blocks({"rule": [{"a": 1}, {"a": 2}]}, "rule") == {{"block": {"a": 1}, "path": ["rule", 0]}, {"block": {"a": 2}, "path": ["rule", 1]}}
	tf.blocks({"rule": {"a": 1}}, "rule") == {{"block": {"a": 1}, "path": ["rule"]}}
	tf.blocks({"rule": unknown_var("r")}, "rule") == set()
	tf.blocks({}, "rule") == set()
}
