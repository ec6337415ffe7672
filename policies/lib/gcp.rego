# Helpers for the Google Cloud rules (policies/terraform/gcp_*.rego) over a Terraform unit: blocks
# that will exist, resources that point at another resource (a node pool at its cluster), and the
# node configurations of every GKE node pool. An unresolved value never makes a block missing.
package tollgate.lib.gcp

import data.tollgate.lib.terraform as tf

# present(b) holds for a nested block that will exist: written out, or a dynamic block whose
# collection is known and not empty (a dynamic block over an unknown collection may be absent).
present(b) if not b.__dynamic__

present(b) if {
	b.__dynamic__ == true
	tf.known(b.__for_each__)
	count(b.__for_each__) > 0
}

# present_blocks(body, name): the blocks `name` of body that will exist, as tf.blocks returns them.
present_blocks(body, name) := {x | some x in tf.blocks(body, name); present(x.block)}

# written(body, name): body has a block (or argument) `name`, or an unresolved value that may be
# one. Only where this is false may a rule call the block missing.
written(body, name) if count(tf.blocks(body, name)) > 0

written(body, name) if tf.unknown(body[name])

written(body, name) if {
	body[name] != null
	not is_array(body[name])
	not is_object(body[name])
}

# missing(body, name): nothing named `name` is written in body (null counts as not written).
missing(body, name) if not written(body, name)

# blank(x): a known empty string, as in `kms_key_name = ""`.
blank(x) if x == ""

# --- References between resources ------------------------------------------------------------
# ref_name(v, type): the name of the `type` resource a reference points at: "main" for
# google_container_cluster.main.id or google_container_cluster.main[0].name.
ref_name(v, type) := name if {
	is_string(v.ref)
	m := regex.find_all_string_submatch_n(concat("", ["^", type, `\.([A-Za-z0-9_-]+)`]), v.ref, 1)
	name := m[0][1]
}

# children(parent, type, attr, name_attr): every resource of `type` whose argument `attr` may
# designate parent (an entry of tf.resources): by reference in the same module, by the literal
# name (or a path ending in it, such as projects/p/locations/l/clusters/<name>) equal to the
# parent's `name_attr`, or by a value that cannot be resolved and is no reference to another
# resource of the parent's type. An unresolved value may be this parent, so it counts.
children(parent, type, attr, name_attr) := {c |
	some c in tf.resources(type)
	may_designate(c.resource, object.get(c.config, attr, null), parent, name_attr)
}

may_designate(child, v, parent, _) if {
	ref_name(v, parent.resource.type) == parent.resource.name
	child.module == parent.resource.module
}

may_designate(_, v, parent, _) if {
	tf.unknown(v)
	not ref_name(v, parent.resource.type)
}

may_designate(_, v, parent, name_attr) if {
	is_string(v)
	last_segment(v) == parent.config[name_attr]
}

may_designate(_, v, parent, name_attr) if {
	is_string(v)
	tf.unknown(parent.config[name_attr])
}

last_segment(s) := parts[count(parts) - 1] if parts := split(s, "/")

# --- GKE node pools -----------------------------------------------------------------------------
# autopilot(cluster): GKE manages the nodes (enable_autopilot = true).
autopilot(cluster) if cluster.config.enable_autopilot == true

# keeps_default_pool(cluster): the cluster's own node_config creates a default node pool that
# stays: not Autopilot, remove_default_node_pool not set, and no inline node_pool blocks. Every
# unknown among them means the default pool may not exist.
keeps_default_pool(cluster) if {
	object.get(cluster.config, "enable_autopilot", false) == false
	object.get(cluster.config, "remove_default_node_pool", false) == false
	not written(cluster.config, "node_pool")
}

# node_configs: the node configuration of every GKE node pool of the unit that will exist, as
# {"config", "path", "label"}: path is the node_config block, or the pool (or cluster) that has
# none, whose config is then {}. Node pools are google_container_node_pool resources, inline
# node_pool blocks of a cluster, and a cluster's default pool (see keeps_default_pool).
node_configs contains n if {
	some pool in tf.resources("google_container_node_pool")
	some n in pool_configs(pool.config, array.concat(pool.path, ["config"]), pool.path, pool.label)
}

node_configs contains n if {
	some cluster in tf.resources("google_container_cluster")
	some np in present_blocks(cluster.config, "node_pool")
	base := array.concat(array.concat(cluster.path, ["config"]), np.path)
	some n in pool_configs(np.block, base, base, inline_pool_label(cluster, np))
}

node_configs contains n if {
	some cluster in tf.resources("google_container_cluster")
	keeps_default_pool(cluster)
	label := concat("", [cluster.label, " (its default node pool)"])
	some n in pool_configs(cluster.config, array.concat(cluster.path, ["config"]), cluster.path, label)
}

# pool_configs(body, base, at, label): the node_config blocks of a pool body whose path is base;
# without any, the pool's defaults, reported at `at`.
pool_configs(body, base, at, label) := configs if {
	configs := {{"config": nc.block, "path": array.concat(base, nc.path), "label": label} |
		some nc in tf.blocks(body, "node_config")
	}
	count(configs) > 0
} else := {{"config": {}, "path": at, "label": label}} if {
	missing(body, "node_config")
} else := set()

inline_pool_label(cluster, np) := concat("", [cluster.label, " node_pool '", np.block.name, "'"]) if {
	is_string(np.block.name)
} else := concat("", [cluster.label, " node_pool ", format_int(np.path[count(np.path) - 1], 10)]) if {
	is_number(np.path[count(np.path) - 1])
} else := concat("", [cluster.label, " node_pool"])
