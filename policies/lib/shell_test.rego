package tollgate.lib.shell_test

import data.tollgate.lib.shell

runs(text) := {[r.tool, r.shell, r.how, r.snippet] | some r in shell.remote_runs(text)}

test_pipes_and_substitutions if {
	runs("curl -fsSL https://x/i.sh | sudo -E bash -") == {["curl", "bash", "pipes", "curl -fsSL https://x/i.sh | sudo -E bash"]}
	runs("wget -qO- https://x | sh") == {["wget", "sh", "pipes", "wget -qO- https://x | sh"]}
	runs("bash <(curl -s https://x)") == {["curl", "bash", "substitutes", "bash <(curl"]}
	runs("sh -c \"$(wget -O- https://x)\"") == {["wget", "sh", "substitutes", "sh -c \"$(wget"]}
	runs("curl -sSL https://x/get.py | python3 -") == {["curl", "python3", "pipes", "curl -sSL https://x/get.py | python3"]}
}

test_continuation if {
	runs("curl -fsSL https://x \\\n  | bash") == {["curl", "bash", "pipes", "curl -fsSL https://x"]}
}

test_not_remote_runs if {
	every text in [
		"curl -fsSLo x.sh https://x && sha256sum -c sums && bash x.sh",
		"curl -s https://x | jq .a",
		"curl -s https://x | sha256sum",
		"wget https://x/data.tar.gz; tar xzf data.tar.gz",
	] {
		count(shell.remote_runs(text)) == 0
	}
}

test_describe if {
	shell.describe({"tool": "curl", "shell": "bash", "how": "pipes"}) == "pipes what curl downloads into bash"
	shell.describe({"tool": "curl", "shell": "sh", "how": "substitutes"}) == "runs what curl downloads with sh"
}
