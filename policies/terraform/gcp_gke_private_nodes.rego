# METADATA
# title: GKE nodes with public IP addresses
# description: >-
#   Nodes with external IP addresses can be reached from the internet (every NodePort service and
#   every host port listens on them) and send traffic out without Cloud NAT. A
#   google_container_cluster gives its nodes only internal addresses when
#   private_cluster_config.enable_private_nodes = true; without it, nodes are public. A node pool
#   can override the cluster's default with network_config.enable_private_nodes: a pool that sets
#   it to false is reported, and a cluster whose own default is public is not reported when it
#   removes its default pool and every node pool that may belong to it (joined by reference or
#   name) sets it to true. Unresolved values are not reported.
# custom:
#   id: TG-GCP-009
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Add `private_cluster_config { enable_private_nodes = true }` (with master_ipv4_cidr_block on
#     a VPC-native cluster, or a Private Service Connect control plane) and give the nodes egress
#     through Cloud NAT; remove `network_config { enable_private_nodes = false }` from node pools.
#   standards:
#     nist-800-53: [SC-7]
#   related: [CKV_GCP_25, CKV_GCP_64, AVD-GCP-0059]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_gke_private_nodes

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

# A pool body that makes its own nodes private (or may: the value is not known).
pool_private(body) if {
	some nc in tf.blocks(body, "network_config")
	not tf.known_not(object.get(nc.block, "enable_private_nodes", null), true)
}

pool_private(body) if tf.unknown(body.network_config)

# Every node of the cluster comes from a pool that makes its nodes private.
all_pools_private(c) if {
	c.config.remove_default_node_pool == true
	pools := gcp.children(c, "google_container_node_pool", "cluster", "name")
	inline := gcp.present_blocks(c.config, "node_pool")
	count(pools) + count(inline) > 0
	every p in pools {
		pool_private(p.config)
	}
	every np in inline {
		pool_private(np.block)
	}
}

all_pools_private(c) if {
	inline := gcp.present_blocks(c.config, "node_pool")
	count(inline) > 0
	every np in inline {
		pool_private(np.block)
	}
	every p in gcp.children(c, "google_container_node_pool", "cluster", "name") {
		pool_private(p.config)
	}
}

violations contains result.violation(rego.metadata.chain(), c.path, msg) if {
	some c in tf.resources("google_container_cluster")
	gcp.missing(c.config, "private_cluster_config")
	not all_pools_private(c)
	msg := concat("", [c.label, " has no private_cluster_config.enable_private_nodes: its nodes get public IP addresses"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in tf.resources("google_container_cluster")
	some pcc in tf.blocks(c.config, "private_cluster_config")
	gcp.missing(pcc.block, "enable_private_nodes")
	not all_pools_private(c)
	path := array.concat(array.concat(c.path, ["config"]), pcc.path)
	msg := concat("", [c.label, " does not set private_cluster_config.enable_private_nodes, which defaults to false: its nodes get public IP addresses"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in tf.resources("google_container_cluster")
	some pcc in tf.blocks(c.config, "private_cluster_config")
	value := object.get(pcc.block, "enable_private_nodes", null)
	value != null
	tf.known_not(value, true)
	not all_pools_private(c)
	path := array.concat(array.concat(array.concat(c.path, ["config"]), pcc.path), ["enable_private_nodes"])
	msg := concat("", [c.label, " sets private_cluster_config.enable_private_nodes to ", json.marshal(value), ": its nodes get public IP addresses"])
}

# Node pools that give their nodes public addresses whatever the cluster's default.
pool_bodies contains {"body": p.config, "base": array.concat(p.path, ["config"]), "label": p.label} if {
	some p in tf.resources("google_container_node_pool")
}

pool_bodies contains {"body": np.block, "base": array.concat(array.concat(c.path, ["config"]), np.path), "label": c.label} if {
	some c in tf.resources("google_container_cluster")
	some np in tf.blocks(c.config, "node_pool")
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some pool in pool_bodies
	some nc in tf.blocks(pool.body, "network_config")
	value := object.get(nc.block, "enable_private_nodes", null)
	value != null
	tf.known_not(value, true)
	path := array.concat(array.concat(pool.base, nc.path), ["enable_private_nodes"])
	msg := concat("", [pool.label, " sets network_config.enable_private_nodes to ", json.marshal(value), ": the pool's nodes get public IP addresses"])
}
