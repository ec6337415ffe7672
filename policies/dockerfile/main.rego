# Entrypoint for Dockerfile units: every violation of every rule under tollgate.rules.dockerfile.
package tollgate.dockerfile

violations contains v if {
	some v in data.tollgate.rules.dockerfile[_].violations
}
