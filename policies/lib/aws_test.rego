package tollgate.lib.aws_test

import data.tollgate.lib.aws

test_opaque if {
	aws.opaque({"__unknown__": true, "expr": "var.x", "refs": ["var.x"]})
	aws.opaque({"Fn::If": ["C", 1, 2]})
	not aws.opaque({"Status": "Enabled"})
	not aws.opaque("x")
}

test_known_string_not_in if {
	aws.known_string_not_in("MUTABLE", ["IMMUTABLE"])
	not aws.known_string_not_in("immutable", ["IMMUTABLE"])
	not aws.known_string_not_in({"Ref": "M"}, ["IMMUTABLE"])
}

test_wildcard_match if {
	aws.wildcard_match("ml/*", "ml/trainer.v2")
	aws.wildcard_match("*", "a.b")
	aws.wildcard_match("iam:pass*", "iam:passrole")
	aws.wildcard_match("iam:?assrole", "iam:passrole")
	not aws.wildcard_match("ml.*", "mlx/trainer")
	not aws.wildcard_match("web/*", "ml/trainer")
	not aws.wildcard_match("a(b", "ab")
	aws.wildcard_match("a(b", "a(b")
}
