package tollgate.lib.gcp_test

import data.tollgate.lib.gcp
import data.tollgate.lib.terraform as tf

unknown_ref(ref) := {"__unknown__": true, "expr": ref, "refs": [ref], "ref": ref}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

cluster(name, cfg) := res("google_container_cluster", name, cfg)

pool(name, cfg) := res("google_container_node_pool", name, cfg)

doc(clusters, pools) := {"resource": {
	"google_container_cluster": {c.name: c | some c in clusters},
	"google_container_node_pool": {p.name: p | some p in pools},
}}

pool_names(cluster_name, d) := {p.resource.name |
	some c in tf.resources("google_container_cluster") with input as d
	c.resource.name == cluster_name
	some p in gcp.children(c, "google_container_node_pool", "cluster", "name") with input as d
}

test_present_blocks if {
	gcp.present({"a": 1})
	gcp.present({"__dynamic__": true, "__for_each__": [1]})
	not gcp.present({"__dynamic__": true, "__for_each__": []})
	not gcp.present({"__dynamic__": true, "__for_each__": unknown_var("xs")})
	count(gcp.present_blocks({"b": [{"x": 1}, {"__dynamic__": true, "__for_each__": unknown_var("xs")}]}, "b")) == 1
}

test_written_and_missing if {
	gcp.written({"b": [{}]}, "b")
	gcp.written({"b": unknown_var("b")}, "b")
	gcp.written({"b": "x"}, "b")
	gcp.missing({}, "b")
	gcp.missing({"b": null}, "b")
	gcp.missing({"b": []}, "b")
}

test_ref_name if {
	gcp.ref_name(unknown_ref("google_container_cluster.main.id"), "google_container_cluster") == "main"
	gcp.ref_name(unknown_ref("google_container_cluster.main[0].name"), "google_container_cluster") == "main"
	not gcp.ref_name(unknown_ref("google_container_cluster_x.main.id"), "google_container_cluster")
	not gcp.ref_name(unknown_var("cluster"), "google_container_cluster")
}

test_children_by_reference_literal_and_unknown if {
	d := doc(
		[cluster("ml", {"name": "ml-prod"}), cluster("ops", {"name": "ops"})],
		[
			pool("gpu", {"cluster": unknown_ref("google_container_cluster.ml.id")}),
			pool("cpu", {"cluster": "projects/p/locations/europe-west4/clusters/ml-prod"}),
			pool("shared", {"cluster": unknown_var("cluster")}),
			pool("other", {"cluster": unknown_ref("google_container_cluster.ops.name")}),
		],
	)
	pool_names("ml", d) == {"gpu", "cpu", "shared"}
	pool_names("ops", d) == {"shared", "other"}
}

test_children_of_a_cluster_with_unknown_name if {
	d := doc([cluster("ml", {"name": unknown_var("name")})], [pool("cpu", {"cluster": "anything"})])
	pool_names("ml", d) == {"cpu"}
}

test_node_configs_of_every_pool_kind if {
	d := doc(
		[
			cluster("standard", {"node_config": [{"machine_type": "n2-standard-4"}]}),
			cluster("bare", {}),
			cluster("removed", {"remove_default_node_pool": true, "node_config": [{}]}),
			cluster("inline", {"node_pool": [{"name": "a", "node_config": [{"x": 1}]}, {"name": "b"}]}),
			cluster("auto", {"enable_autopilot": true}),
			cluster("maybe", {"remove_default_node_pool": unknown_var("rm")}),
		],
		[pool("gpu", {"node_config": [{"x": 2}]}), pool("plain", {}), pool("var", {"node_config": unknown_var("nc")})],
	)
	paths := {n.path | some n in gcp.node_configs} with input as d
	paths == {
		["resource", "google_container_cluster", "standard", "config", "node_config", 0],
		["resource", "google_container_cluster", "bare"],
		["resource", "google_container_cluster", "inline", "config", "node_pool", 0, "node_config", 0],
		["resource", "google_container_cluster", "inline", "config", "node_pool", 1],
		["resource", "google_container_node_pool", "gpu", "config", "node_config", 0],
		["resource", "google_container_node_pool", "plain"],
	}
	labels := {n.label | some n in gcp.node_configs} with input as d
	"google_container_cluster 'inline' node_pool 'a'" in labels
	"google_container_cluster 'bare' (its default node pool)" in labels
}
