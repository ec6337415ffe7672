# Helpers over a CloudFormation unit: the input is the template, every intrinsic function in long
# form (docs/inputs/cloudformation.md).
package tollgate.lib.cloudformation

# Every resource with its logical id, type, properties and path.
resources contains {"id": id, "type": r.Type, "properties": props, "path": ["Resources", id]} if {
	some id, r in input.Resources
	is_string(r.Type)
	props := object.get(r, "Properties", {})
	is_object(props)
	not intrinsic(props)
}

# A value CloudFormation computes at deploy time ({"Ref": ...}, {"Fn::If": ...}): unknown here,
# so rules must neither pass nor fail on it.
intrinsic(v) if {
	is_object(v)
	count(v) == 1
	some k, _ in v
	intrinsic_key(k)
}

intrinsic_key("Ref")

intrinsic_key("Condition")

intrinsic_key(k) if startswith(k, "Fn::")

has(obj, key) if {
	_ := obj[key]
}
