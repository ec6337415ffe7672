# Rule results: the contract between a rule and the TypeScript side (see DESIGN.md).
package tollgate.lib.result

# violation builds a rule result. chain is rego.metadata.chain() of the calling rule, whose
# package METADATA holds the rule id, so the id is written once.
violation(chain, path, msg) := {"rule": rule_id(chain), "path": path, "msg": msg}

# violation_at is violation plus the offending text inside the value at path (a line of a
# script, say): the finding then points at that text instead of the whole value.
violation_at(chain, path, msg, snippet) := {"rule": rule_id(chain), "path": path, "msg": msg, "params": {"snippet": snippet}}

rule_id(chain) := id if {
	some entry in chain
	id := entry.annotations.custom.id
}
