# Helpers over a Dockerfile unit: the input is {"args": [...], "stages": [...]}
# (docs/inputs/dockerfile.md).
package tollgate.lib.dockerfile

# The stage that is built when no --target is given: the last one.
final_stage := count(input.stages) - 1 if count(input.stages) > 0

# A label for messages: the stage's name, else its position.
stage_label(i) := concat("", ["'", input.stages[i].name, "'"]) if {
	is_string(input.stages[i].name)
} else := concat("", ["#", format_int(i + 1, 10)])

# Stage i and the earlier stages it builds on (FROM <stage>), whose USER and ENV carry over.
lineage(i) := graph.reachable(parents, {i})

parents[i] := edges if {
	some i, stage in input.stages
	edges := {p | p := stage.from.stage; is_number(p)}
}

# The USER instructions that apply to stage i, as {"stage", "index", "user"}.
users(i) := {{"stage": s, "index": j, "user": ins.user} |
	some s in lineage(i)
	some j, ins in input.stages[s].instructions
	ins.cmd == "USER"
}

# The USER in effect at the end of stage i: parents come before their children, so the
# largest (stage, index) is the last one written.
effective_user(i) := u if {
	us := users(i)
	count(us) > 0
	last := max({[x.stage, x.index] | some x in us})
	some u in us
	[u.stage, u.index] == last
}

# Base images that come from a registry: not an earlier stage and not scratch.
external_images contains {"stage": i, "from": stage.from} if {
	some i, stage in input.stages
	not is_number(stage.from.stage)
	not stage.from.scratch
}
