# METADATA
# title: Security scan job allowed to fail
# description: >-
#   `allow_failure: true` on a SAST, secret detection, dependency scanning, container scanning or
#   DAST job lets the pipeline pass, and merge requests merge, when the scanner crashes, times out
#   or is misconfigured: the project then ships without the scan while every pipeline looks green.
#   Only what the repository's own CI files state is reported: GitLab's templates, which set
#   `allow_failure: true` themselves, are never fetched.
# custom:
#   id: TG-GITLAB-004
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Remove `allow_failure: true` from the security job (or set `allow_failure: false`), so a
#     broken scan fails the pipeline; enforce the scanners' findings with merge request approval
#     policies. Security jobs are GitLab's scanner jobs by name (`sast`, `*-sast`,
#     `secret_detection`, `*dependency_scanning`, `container_scanning`, `dast`, ...) and any job
#     that uploads a security report (`artifacts:reports:sast`, ...); more job names can be listed
#     in `parameters.gitlab_ci.security_jobs`.
#   standards:
#     owasp-cicd: [CICD-SEC-1, CICD-SEC-10]
#     nist-800-53: [RA-5, SA-11, CM-3]
#   related: []
#   inline_waivers: true
package tollgate.rules.gitlab_ci.security_allow_failure

import data.tollgate.lib.gitlab_ci as gitlab
import data.tollgate.lib.result

# GitLab's security job names: the jobs of its Security templates and their analyzers.
scanner_job := `^(sast|secret_detection|dependency_scanning|container_scanning|dast|dast_api|api_fuzzing|coverage_fuzzing|cluster_image_scanning|iac_sast|secret-detection|dependency-scanning|container-scanning)$|[-_](sast|dependency_scanning|dependency-scanning|secret_detection|secret-detection|container_scanning|container-scanning|dast|fuzz)$`

report_types := {"sast", "secret_detection", "dependency_scanning", "container_scanning", "dast", "api_fuzzing", "coverage_fuzzing", "cluster_image_scanning"}

security_job(j) := concat("", ["security job '", j.id, "'"]) if {
	regex.match(scanner_job, j.id)
} else := concat("", ["security job '", j.id, "'"]) if {
	j.id in data.params.gitlab_ci.security_jobs
} else := concat("", ["job '", j.id, "', which uploads a ", report, " report,"]) if {
	some report, _ in j.job.artifacts.reports
	report in report_types
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some j in gitlab.jobs
	j.job.allow_failure == true
	label := security_job(j)
	path := array.concat(j.path, ["allow_failure"])
	msg := concat("", [label, " sets allow_failure: true, so the pipeline passes when the scan fails"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some j in gitlab.jobs
	some i, r in j.job.rules
	r.allow_failure == true
	label := security_job(j)
	path := array.concat(j.path, ["rules", i, "allow_failure"])
	msg := concat("", [label, " sets allow_failure: true in rule ", format_int(i + 1, 10), ", so the pipeline passes when the scan fails"])
}
