# Rule results: the contract between a rule and the TypeScript side (see DESIGN.md).
package tollgate.lib.result

# violation builds a rule result. chain is rego.metadata.chain() of the calling rule, whose
# package METADATA holds the rule id, so the id is written once.
violation(chain, path, msg) := {"rule": id, "path": path, "msg": msg} if {
	some entry in chain
	id := entry.annotations.custom.id
}
