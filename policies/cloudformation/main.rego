# Entrypoint for CloudFormation units: every violation of every rule under
# tollgate.rules.cloudformation.
package tollgate.cloudformation

violations contains v if {
	some v in data.tollgate.rules.cloudformation[_].violations
}
