# Entrypoint for GitHub action metadata units (action.yml): every violation of every rule under
# tollgate.rules.github_action_metadata.
package tollgate.github_action_metadata

violations contains v if {
	some v in data.tollgate.rules.github_action_metadata[_].violations
}
