package tollgate.rules.gitlab_ci.unprotected_deploy_test

import data.tollgate.rules.gitlab_ci.unprotected_deploy as rule

found(vs) := {[v.rule, v.path] | some v in vs}

pipeline(jobs) := {"stages": ["build", "deploy"], "jobs": jobs, "templates": {}, "default": {}, "include": []}

deploy(extra) := object.union({"stage": "release", "environment": "production", "script": ["./deploy.sh"]}, extra)

test_production_deploy_without_rules_is_flagged if {
	vs := rule.violations with input as pipeline({"deploy-prod": deploy({})})
	found(vs) == {["TG-GITLAB-003", ["jobs", "deploy-prod", "environment"]]}
	some v in vs
	v.msg == "job 'deploy-prod' deploys to environment 'production' in the pipeline of any branch: no rules or only restrict it to the default branch, protected branches or tags, and it is not manual"
}

test_environment_forms_and_names if {
	jobs := {
		"a": deploy({"environment": {"name": "prod-eu", "url": "https://models.example.com"}}),
		"b": deploy({"environment": "Production/us"}),
		"c": deploy({"environment": "staging"}),
		"d": deploy({"environment": "review/$CI_COMMIT_REF_SLUG"}),
		"e": deploy({"environment": {"name": "production", "action": "prepare"}}),
		"f": deploy({"environment": "products"}),
	}
	vs := rule.violations with input as pipeline(jobs)
	found(vs) == {["TG-GITLAB-003", ["jobs", "a", "environment"]], ["TG-GITLAB-003", ["jobs", "b", "environment"]]}
}

test_deploy_stage_without_environment_is_flagged if {
	job := {"stage": "deploy", "script": ["helm upgrade --install model ./chart"]}
	vs := rule.violations with input as pipeline({"helm": job})
	found(vs) == {["TG-GITLAB-003", ["jobs", "helm", "stage"]]}
	some v in vs
	contains(v.msg, "job 'helm' is a job of the deploy stage 'deploy' in the pipeline of any branch")
}

test_restricting_rules_are_compliant if {
	conditions := [
		"$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
		"$CI_DEFAULT_BRANCH == $CI_COMMIT_REF_NAME",
		"$CI_COMMIT_TAG",
		"$CI_COMMIT_TAG =~ /^v[0-9]+/",
		"$CI_COMMIT_TAG != null && $DEPLOY == \"true\"",
		"$CI_COMMIT_REF_PROTECTED == \"true\"",
		"$CI_COMMIT_BRANCH == \"main\"",
		"($CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH || $CI_COMMIT_TAG) && $CI_PIPELINE_SOURCE == \"push\"",
		"$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && ($CI_PIPELINE_SOURCE == \"push\" || $CI_PIPELINE_SOURCE == \"web\")",
	]
	every c in conditions {
		count(rule.violations) == 0 with input as pipeline({"d": deploy({"rules": [{"if": c}]})})
	}
}

test_unrestricting_rules_are_flagged if {
	rule_sets := [
		[{"if": "$CI_PIPELINE_SOURCE == \"push\""}],
		[{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}, {"changes": ["model/**"]}],
		[{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH || $CI_PIPELINE_SOURCE == \"merge_request_event\""}],
		[{"if": "$CI_COMMIT_TAG == null"}],
		[{"if": "$CI_COMMIT_BRANCH == \"develop\""}],
	]
	every rules in rule_sets {
		count(rule.violations) == 1 with input as pipeline({"d": deploy({"rules": rules})})
	}
}

test_never_rules if {
	excluded := [{"if": "$CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH", "when": "never"}, {"when": "on_success"}]
	count(rule.violations) == 0 with input as pipeline({"d": deploy({"rules": excluded})})
	mr_only := [{"if": "$CI_PIPELINE_SOURCE == \"merge_request_event\"", "when": "never"}, {"when": "always"}]
	count(rule.violations) == 1 with input as pipeline({"d": deploy({"rules": mr_only})})
}

test_only_refs if {
	count(rule.violations) == 0 with input as pipeline({"d": deploy({"only": ["main", "tags"]})})
	count(rule.violations) == 0 with input as pipeline({"d": deploy({"only": {"refs": ["master"]}})})
	count(rule.violations) == 0 with input as pipeline({"d": deploy({"only": {"variables": ["$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"]}})})
	count(rule.violations) == 1 with input as pipeline({"d": deploy({"only": ["branches"]})})
	count(rule.violations) == 1 with input as pipeline({"d": deploy({"only": ["main", "merge_requests"]})})
}

test_workflow_rules_restrict_every_job if {
	p := object.union(pipeline({"d": deploy({})}), {"workflow": {"rules": [{"if": "$CI_COMMIT_TAG"}, {"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]}})
	count(rule.violations) == 0 with input as p
}

test_manual_jobs_are_compliant if {
	count(rule.violations) == 0 with input as pipeline({"d": deploy({"when": "manual"})})
	count(rule.violations) == 0 with input as pipeline({"d": deploy({"rules": [{"if": "$CI_PIPELINE_SOURCE == \"push\"", "when": "manual"}]})})
	count(rule.violations) == 1 with input as pipeline({"d": deploy({"rules": [{"if": "$X", "when": "manual"}, {"when": "on_success"}]})})
}

test_parameters if {
	p := pipeline({"d": deploy({"environment": "prd", "rules": [{"if": "$CI_COMMIT_BRANCH == \"release\""}]}), "e": deploy({"environment": "prd"})})
	vs := rule.violations with input as p
		with data.params.gitlab_ci.production_environments as "^prd$"
		with data.params.gitlab_ci.protected_branches as ["release"]
	found(vs) == {["TG-GITLAB-003", ["jobs", "e", "environment"]]}
}

test_templates_are_not_jobs if {
	p := object.union(pipeline({}), {"templates": {".deploy": deploy({})}})
	count(rule.violations) == 0 with input as p
}
