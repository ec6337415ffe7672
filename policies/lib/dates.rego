# Calendar days as numbers, for rules about dates (the WASM runtime has no time builtins). The day of
# the run is data.clock.today (YYYY-MM-DD, UTC), set by the engine.
package tollgate.lib.dates

# day(s): the days since 1970-01-01 of a "YYYY-MM-DD" string; undefined for anything else.
day(s) := civil(to_number(m[1]), to_number(m[2]), to_number(m[3])) if {
	is_string(s)
	m := regex.find_all_string_submatch_n(`^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`, s, 1)[0]
}

# today: the day of the run, when the engine provides it.
today := day(data.clock.today)

# Days from the civil date (proleptic Gregorian), after Howard Hinnant's days_from_civil.
civil(y, m, d) := ((era * 146097) + doe) - 719468 if {
	yy := y - january_or_february(m)
	era := floor(yy / 400)
	yoe := yy - (era * 400)
	doy := (floor(((153 * ((m + 9) % 12)) + 2) / 5) + d) - 1
	doe := (((yoe * 365) + floor(yoe / 4)) - floor(yoe / 100)) + doy
}

january_or_february(m) := 1 if m <= 2

else := 0
