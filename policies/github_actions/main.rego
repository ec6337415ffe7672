# Entrypoint for GitHub Actions workflow units: every violation of every rule under
# tollgate.rules.github_actions.
package tollgate.github_actions

violations contains v if {
	some v in data.tollgate.rules.github_actions[_].violations
}
