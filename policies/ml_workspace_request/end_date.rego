# METADATA
# title: Workspace end date beyond the allowed horizon
# description: >-
#   A workspace is temporary: its GPU quota, its data access and its directory group are granted
#   until `endDate`, when the platform tears it down and access reviews stop having to ask about
#   it. An end date years away turns a project workspace into a permanent one that nobody reviews
#   and that keeps reading production data. The end date may lie at most
#   `parameters.ml_workspace_request.max_duration_days` (default 365) days after the day of the
#   check (UTC; the TOLLGATE_NOW environment variable sets it in tests); extending a workspace is a
#   new request, reviewed again. An end date in the past is not this rule's concern.
# custom:
#   id: TG-REQ-004
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Set `endDate` within the horizon (by default a year from today) and request an extension
#     before it passes if the work continues.
#   standards:
#     nist-800-53: [AC-2(2), AC-2(3)]
#   related: []
#   inline_waivers: true
package tollgate.rules.ml_workspace_request.end_date

import data.tollgate.lib.dates
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), ["endDate"], msg) if {
	limit := data.params.ml_workspace_request.max_duration_days
	days := dates.day(input.endDate) - dates.today
	days > limit
	msg := concat("", [
		"endDate ", input.endDate, " is ", format_int(days, 10), " days away; a workspace may be requested for at most ",
		format_int(limit, 10), " days",
	])
}
