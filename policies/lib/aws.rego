# Value helpers shared by the AWS rules of both kinds. Terraform converts "true"/"false" strings to
# booleans and CloudFormation accepts either, so a rule compares through these rather than with
# == true. Terraform unknowns and CloudFormation intrinsics are neither truthy nor falsy.
package tollgate.lib.aws

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.terraform as tf

# opaque(x): a value decided later (a Terraform unknown or a CloudFormation intrinsic).
opaque(x) if tf.unknown(x)

opaque(x) if cfn.intrinsic(x)

# A string that is known and differs from every one of `allowed` (compared case-insensitively).
known_string_not_in(v, allowed) if {
	is_string(v)
	every a in allowed {
		lower(v) != lower(a)
	}
}

# wildcard_match(pattern, s): `*` matches any run of characters, `?` any one (IAM actions, ECR
# repository filters). glob.match would treat "." as a separator.
wildcard_match(pattern, s) if {
	is_string(pattern)
	is_string(s)
	escaped := strings.replace_n(regex_escapes, pattern)
	regex.match(concat("", ["^", replace(replace(escaped, "*", ".*"), "?", "."), "$"]), s)
}

regex_escapes := {
	"\\": "\\\\", ".": "\\.", "+": "\\+", "(": "\\(", ")": "\\)", "[": "\\[", "]": "\\]",
	"{": "\\{", "}": "\\}", "^": "\\^", "$": "\\$", "|": "\\|",
}
