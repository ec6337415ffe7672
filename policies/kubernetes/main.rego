# Entrypoint for Kubernetes units: every violation of every rule under tollgate.rules.kubernetes.
package tollgate.kubernetes

violations contains v if {
	some v in data.tollgate.rules.kubernetes[_].violations
}
