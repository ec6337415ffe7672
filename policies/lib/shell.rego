# Helpers over shell scripts (`run:` of a workflow step, GitLab `script:` lines): downloads
# piped into a shell or an interpreter.
package tollgate.lib.shell

# A download (curl, wget) whose output goes into a shell or an interpreter through a pipe.
# Submatches: the downloader and the shell.
piped := `\b(curl|wget)\b[^\n;&]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?((?:ba|da|z|k|fi)?sh|python[0-9.]*|perl|ruby|node)\b`

# The same through process or command substitution: bash <(curl ...), sh -c "$(curl ...)".
# Submatches: the shell and the downloader.
substituted := `\b((?:ba|da|z|k)?sh|source)\s+(?:-c\s+["']?\$\(|<\()\s*(curl|wget)\b`

# Line continuations joined, so `curl ... \<newline> | bash` is one command.
joined(text) := replace(text, "\\\n", " ")

# Every download run unverified in a script, as {"tool", "shell", "how", "snippet"}.
remote_runs(text) := pipes | substitutions if {
	is_string(text)
	pipes := {{"tool": m[1], "shell": m[2], "how": "pipes", "snippet": snippet(text, m[0])} |
		some m in regex.find_all_string_submatch_n(piped, joined(text), -1)
	}
	substitutions := {{"tool": m[2], "shell": m[1], "how": "substitutes", "snippet": snippet(text, m[0])} |
		some m in regex.find_all_string_submatch_n(substituted, joined(text), -1)
	}
}

# The text a finding points at: the match, or its download part when a continuation splits it.
snippet(text, match) := match if {
	contains(text, match)
} else := part if {
	part := trim_space(split(match, "|")[0])
	contains(text, part)
} else := match

# What the message says: "pipes what curl downloads into bash".
describe(r) := concat("", ["pipes what ", r.tool, " downloads into ", r.shell]) if r.how == "pipes"

describe(r) := concat("", ["runs what ", r.tool, " downloads with ", r.shell]) if r.how == "substitutes"
