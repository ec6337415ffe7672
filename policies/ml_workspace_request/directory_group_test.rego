package tollgate.rules.ml_workspace_request.directory_group_test

import data.tollgate.rules.ml_workspace_request.directory_group as rule

found(vs) := {[v.rule, v.path] | some v in vs}

test_group_outside_the_convention_is_flagged if {
	vs := rule.violations with input as {"directoryGroup": "FraudTeam-Admins"}
	found(vs) == {["TG-REQ-003", ["directoryGroup"]]}
	some v in vs
	v.msg == "directory group 'FraudTeam-Admins' does not match ^grp-ml-[a-z0-9]+(-[a-z0-9]+)*$"
}

test_conventional_group_is_compliant if {
	count(rule.violations) == 0 with input as {"directoryGroup": "grp-ml-fraud-analytics"}
}

test_pattern_is_a_parameter if {
	count(rule.violations) == 0 with input as {"directoryGroup": "ml_fraud"} with data.params.ml_workspace_request.directory_group_pattern as `^ml_[a-z]+$`
}
