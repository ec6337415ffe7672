# The full METADATA of TG-SECRET-001 is in policies/github_actions/hardcoded_secrets.rego.

# METADATA
# custom:
#   id: TG-SECRET-001
package tollgate.rules.dockerfile.hardcoded_secrets

import data.tollgate.lib.dockerfile
import data.tollgate.lib.result
import data.tollgate.lib.secrets

# ENV, ARG and LABEL values by pair; the ARGs before the first FROM.
pairs contains {"path": ["stages", i, "instructions", j, "pairs", k, "value"], "name": p.name, "value": p.value, "label": concat("", [ins.cmd, " ", p.name, " of stage ", dockerfile.stage_label(i)]), "cmd": ins.cmd} if {
	some i, stage in input.stages
	some j, ins in stage.instructions
	some k, p in ins.pairs
	is_string(p.value)
}

pairs contains {"path": ["args", k, "value"], "name": a.name, "value": a.value, "label": concat("", ["ARG ", a.name]), "cmd": "ARG"} if {
	some k, a in input.args
	is_string(a.value)
}

# Other instructions (RUN, COPY, CMD, ...): the text as written and the bodies of heredocs.
texts contains {"path": ["stages", i, "instructions", j, "value"], "value": ins.value, "label": concat("", [ins.cmd, " of stage ", dockerfile.stage_label(i)])} if {
	some i, stage in input.stages
	some j, ins in stage.instructions
	not ins.pairs
	is_string(ins.value)
}

texts contains {"path": ["stages", i, "instructions", j, "heredocs", k, "content"], "value": h.content, "label": concat("", [ins.cmd, " of stage ", dockerfile.stage_label(i)])} if {
	some i, stage in input.stages
	some j, ins in stage.instructions
	some k, h in ins.heredocs
	is_string(h.content)
}

texts contains {"path": p.path, "value": p.value, "label": p.label} if some p in pairs

violations contains result.violation_at(rego.metadata.chain(), t.path, msg, f.snippet) if {
	some t in texts
	some f in secrets.found(t.value)
	msg := concat("", [t.label, " holds ", f.kind])
}

violations contains result.violation(rego.metadata.chain(), p.path, msg) if {
	some p in pairs
	p.cmd in {"ENV", "ARG"}
	kind := secrets.named(p.name, p.value)
	msg := concat("", [p.label, " is a hard-coded ", kind, ", kept in the image"])
}
