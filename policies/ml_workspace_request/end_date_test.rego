package tollgate.rules.ml_workspace_request.end_date_test

import data.tollgate.rules.ml_workspace_request.end_date as rule

found(vs) := {[v.rule, v.path] | some v in vs}

test_end_date_beyond_a_year if {
	vs := rule.violations with input as {"endDate": "2028-01-15"} with data.clock.today as "2026-11-27"
	found(vs) == {["TG-REQ-004", ["endDate"]]}
	some v in vs
	v.msg == "endDate 2028-01-15 is 414 days away; a workspace may be requested for at most 365 days"
}

test_the_horizon_is_inclusive if {
	count(rule.violations) == 0 with input as {"endDate": "2027-11-27"} with data.clock.today as "2026-11-27"
	count(rule.violations) == 1 with input as {"endDate": "2027-11-28"} with data.clock.today as "2026-11-27"
}

test_past_dates_and_other_values_are_not_reported if {
	count(rule.violations) == 0 with input as {"endDate": "2025-01-01"} with data.clock.today as "2026-11-27"
	count(rule.violations) == 0 with input as {"endDate": "next year"} with data.clock.today as "2026-11-27"
	count(rule.violations) == 0 with input as {} with data.clock.today as "2026-11-27"
}

test_the_horizon_is_a_parameter if {
	count(rule.violations) == 1 with input as {"endDate": "2027-03-31"} with data.clock.today as "2026-11-27" with data.params.ml_workspace_request.max_duration_days as 90
}

test_without_a_clock_nothing_is_reported if {
	count(rule.violations) == 0 with input as {"endDate": "2099-12-31"}
}
