# Entrypoint for Backstage units (catalog entities and scaffolder templates): every violation of
# every rule under tollgate.rules.backstage.
package tollgate.backstage

violations contains v if {
	some v in data.tollgate.rules.backstage[_].violations
}
