# Booleans as Terraform and CloudFormation take them: true and false, or the strings "true" and
# "false" (Terraform converts them for a bool argument, CloudFormation accepts either). Unknown
# values and intrinsics are neither truthy nor falsy, so a rule built on these never reports what
# it does not know.
package tollgate.lib.values

truthy(true)

truthy(v) if {
	is_string(v)
	lower(trim_space(v)) == "true"
}

falsy(false)

falsy(v) if {
	is_string(v)
	lower(trim_space(v)) == "false"
}
