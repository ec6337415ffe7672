# Entrypoint for GitLab CI units: every violation of every rule under tollgate.rules.gitlab_ci.
package tollgate.gitlab_ci

violations contains v if {
	some v in data.tollgate.rules.gitlab_ci[_].violations
}
