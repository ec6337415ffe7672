# Helpers over a Terraform unit: a module directory or a plan, in one input shape
# (docs/inputs/terraform.md). Values tollgate could not resolve statically are unknown markers;
# a rule must never report a value it does not know, so it tests with known/unknown first.
package tollgate.lib.terraform

# unknown(x) holds for a value that could not be worked out without running Terraform.
unknown(x) if x.__unknown__ == true

# known(x) holds for every other value, including absent-but-defaulted ones the rule supplies.
known(x) if not unknown(x)

# known_true / known_false: the value is known and is exactly that boolean.
known_true(x) if x == true

known_false(x) if x == false

# known_not(x, v): x is known and differs from v, the only safe ground for "wrong value".
known_not(x, v) if {
	known(x)
	x != v
}

# Every resource of a type that may exist, with the path rules report against and a label.
# A resource whose count is 0 or whose for_each is empty, when known, does not exist.
resources(type) := {r |
	some key, res in input.resource[type]
	not absent(res)
	r := {"path": ["resource", type, key], "resource": res, "config": res.config, "label": resource_label(res)}
}

# Data sources, in the same form.
data_sources(type) := {r |
	some key, res in input.data[type]
	not absent(res)
	r := {"path": ["data", type, key], "resource": res, "config": res.config, "label": resource_label(res)}
}

absent(res) if res.count == 0

absent(res) if {
	known(res.for_each)
	count(res.for_each) == 0
}

resource_label(res) := concat("", [res.type, " '", res.name, "'"]) if res.module == ""

else := concat("", [res.type, " '", res.name, "' in ", res.module])

# The blocks named `name` inside a body, as {"block", "path"} with path relative to the body.
# Native syntax always gives an array; a .tf.json map written as one object is accepted too.
blocks(body, name) := {{"block": b, "path": [name, i]} | some i, b in body[name]; is_array(body[name])} | {{"block": body[name], "path": [name]} | is_object(body[name]); known(body[name])}

# Module calls, with the path of each.
module_calls contains {"path": ["module", name], "call": call, "label": concat("", ["module '", name, "'"])} if {
	some name, call in input.module
}

# --- Companion resources of an S3 bucket -------------------------------------------------------
# Since AWS provider v4 an S3 bucket's encryption, public access block, versioning and logging are
# separate resources that point at the bucket: by reference (aws_s3_bucket.x.id / .bucket) or by
# its literal name. companions(bucket, type) is every resource of `type` that may configure
# `bucket` (an entry of resources("aws_s3_bucket")). A companion whose target is unknown may
# configure any bucket, so it counts: an unresolved value never causes a finding.
companions(bucket, type) := {c |
	some c in resources(type)
	may_target(c.resource, bucket.resource)
}

# The companion names the bucket by reference, in the same module.
may_target(c, b) if {
	ref_bucket(c.config.bucket) == b.name
	c.module == b.module
}

# The companion's target is unknown and not a reference to some other bucket.
may_target(c, _) if {
	unknown(c.config.bucket)
	not ref_bucket(c.config.bucket)
}

# Both names are known and equal.
may_target(c, b) if {
	is_string(c.config.bucket)
	c.config.bucket == b.config.bucket
}

# The companion names a literal bucket, but the bucket's own name is unknown: it may be that one.
may_target(c, b) if {
	is_string(c.config.bucket)
	unknown(b.config.bucket)
}

# The bucket resource name a reference points at: "data" for aws_s3_bucket.data[0].id.
ref_bucket(v) := name if {
	is_string(v.ref)
	m := regex.find_all_string_submatch_n(`^aws_s3_bucket\.([A-Za-z0-9_-]+)`, v.ref, 1)
	name := m[0][1]
}
