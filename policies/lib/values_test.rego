package tollgate.lib.values_test

import data.tollgate.lib.values

unknown := {"__unknown__": true, "expr": "var.x", "refs": ["var.x"]}

test_booleans_and_their_strings if {
	values.truthy(true)
	values.truthy("true")
	values.truthy("True")
	values.truthy(" True ")
	values.falsy(false)
	values.falsy("false")
	not values.truthy(false)
	not values.falsy(true)
}

test_unknowns_and_intrinsics_are_neither if {
	not values.truthy({"Ref": "Enabled"})
	not values.truthy(unknown)
	not values.falsy(unknown)
	not values.falsy(null)
}
