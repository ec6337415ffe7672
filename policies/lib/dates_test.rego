package tollgate.lib.dates_test

import data.tollgate.lib.dates

test_days if {
	dates.day("1970-01-01") == 0
	dates.day("2000-03-01") == 11017
	dates.day("2026-11-27") == 20784
	dates.day("2028-03-01") - dates.day("2028-02-28") == 2
	dates.day("2027-03-01") - dates.day("2027-02-28") == 1
}

test_not_a_day if {
	not dates.day("2026-13-01")
	not dates.day("27/11/2026")
	not dates.day(20261127)
}

test_today if {
	dates.today == 20784 with data.clock.today as "2026-11-27"
	not dates.today
}
