# Helpers for rules over the azurerm provider: arguments renamed between provider versions,
# booleans written as strings, and nested blocks that may or may not exist (dynamic blocks).
# Values that are unknown never satisfy is_true/is_false, so a rule built on them never reports
# what it does not know.
package tollgate.lib.azure

import data.tollgate.lib.terraform as tf

# is_set(body, name): the body sets the argument to something other than null (an unknown
# value is set: it is a value tollgate could not work out).
is_set(body, name) if object.get(body, name, null) != null

# unset(body, names): the body sets none of `names`, the spellings of one argument across
# azurerm versions (enable_https_traffic_only in v3, https_traffic_only_enabled in v4). The
# provider default then applies.
unset(body, names) if {
	every name in names {
		not is_set(body, name)
	}
}

# settings(body, names): every spelling of the argument the body sets, as {"name", "value"}.
settings(body, names) := {{"name": name, "value": body[name]} |
	some name in names
	is_set(body, name)
}

# exists(block): a nested block that will certainly exist. A `dynamic` block exists only when
# its for_each collection is known and not empty.
exists(block) if not block.__dynamic__

exists(block) if {
	block.__dynamic__ == true
	tf.known(block.__for_each__)
	count(block.__for_each__) > 0
}

# may_exist(block): a nested block that exists or may exist (a dynamic block whose collection
# is unknown).
may_exist(block) if not block.__dynamic__

may_exist(block) if {
	block.__dynamic__ == true
	tf.unknown(block.__for_each__)
}

may_exist(block) if {
	block.__dynamic__ == true
	count(block.__for_each__) > 0
}

# may_have_block(body, name): the body has a block `name` that exists or may exist, or sets
# `name` to a value tollgate could not work out (`encryption = var.encryption`).
may_have_block(body, name) if {
	some b in tf.blocks(body, name)
	may_exist(b.block)
}

may_have_block(body, name) if tf.unknown(body[name])

# existing_blocks(body, name): the blocks `name` of a body that certainly exist, with their paths
# relative to the body.
existing_blocks(body, name) := {b |
	some b in tf.blocks(body, name)
	exists(b.block)
}
