package tollgate.rules.gitlab_ci.security_allow_failure_test

import data.tollgate.rules.gitlab_ci.security_allow_failure as rule

found(vs) := {[v.rule, v.path] | some v in vs}

pipeline(jobs) := {"stages": ["test"], "jobs": jobs, "templates": {}, "default": {}, "include": [{"type": "template", "location": "Jobs/SAST.gitlab-ci.yml", "resolved": false}]}

test_template_jobs_with_allow_failure_are_flagged if {
	jobs := {
		"sast": {"allow_failure": true},
		"secret_detection": {"allow_failure": true, "variables": {"SECRET_DETECTION_HISTORIC_SCAN": "true"}},
		"semgrep-sast": {"allow_failure": true},
		"gemnasium-python-dependency_scanning": {"allow_failure": true},
		"container_scanning": {"allow_failure": true},
	}
	vs := rule.violations with input as pipeline(jobs)
	found(vs) == {
		["TG-GITLAB-004", ["jobs", "sast", "allow_failure"]],
		["TG-GITLAB-004", ["jobs", "secret_detection", "allow_failure"]],
		["TG-GITLAB-004", ["jobs", "semgrep-sast", "allow_failure"]],
		["TG-GITLAB-004", ["jobs", "gemnasium-python-dependency_scanning", "allow_failure"]],
		["TG-GITLAB-004", ["jobs", "container_scanning", "allow_failure"]],
	}
	some v in vs
	v.msg == "security job 'sast' sets allow_failure: true, so the pipeline passes when the scan fails"
}

test_job_with_a_security_report_is_flagged if {
	job := {"script": ["trivy image --format template -o gl-container-scanning-report.json $IMAGE"], "allow_failure": true, "artifacts": {"reports": {"container_scanning": "gl-container-scanning-report.json"}}}
	vs := rule.violations with input as pipeline({"trivy": job})
	found(vs) == {["TG-GITLAB-004", ["jobs", "trivy", "allow_failure"]]}
	some v in vs
	v.msg == "job 'trivy', which uploads a container_scanning report, sets allow_failure: true, so the pipeline passes when the scan fails"
}

test_allow_failure_in_rules_is_flagged if {
	job := {"rules": [{"if": "$CI_COMMIT_BRANCH", "allow_failure": false}, {"if": "$CI_MERGE_REQUEST_IID", "allow_failure": true}]}
	vs := rule.violations with input as pipeline({"dependency_scanning": job})
	found(vs) == {["TG-GITLAB-004", ["jobs", "dependency_scanning", "rules", 1, "allow_failure"]]}
}

test_security_jobs_parameter if {
	jobs := {"zap-baseline": {"allow_failure": true}, "lint": {"allow_failure": true}}
	vs := rule.violations with input as pipeline(jobs) with data.params.gitlab_ci.security_jobs as ["zap-baseline"]
	found(vs) == {["TG-GITLAB-004", ["jobs", "zap-baseline", "allow_failure"]]}
}

test_compliant_jobs if {
	jobs := {
		"sast": {"variables": {"SAST_EXCLUDED_PATHS": "tests"}},
		"secret_detection": {"allow_failure": false},
		"dependency_scanning": {"allow_failure": {"exit_codes": [2]}},
		"lint": {"allow_failure": true, "script": ["ruff check ."]},
		"unit-tests": {"allow_failure": true, "artifacts": {"reports": {"junit": "report.xml"}}},
		"sast-docs": {"allow_failure": true},
	}
	count(rule.violations) == 0 with input as pipeline(jobs)
}

test_templates_are_not_jobs if {
	p := object.union(pipeline({}), {"templates": {".sast": {"allow_failure": true}}})
	count(rule.violations) == 0 with input as p
}
