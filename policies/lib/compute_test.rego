package tollgate.lib.compute_test

import data.tollgate.lib.compute

test_accelerated_types if {
	every t in ["ml.g5.xlarge", "ml.p4d.24xlarge", "ml.inf2.xlarge", "ml.trn1.32xlarge", "g4dn.xlarge", "p5.48xlarge", "gr6.4xlarge", "dl1.24xlarge", "a2-highgpu-1g", "a3-megagpu-8g", "g2-standard-8", "ct5lp-hightpu-4t", "Standard_NC24ads_A100_v4", "STANDARD_NC6", "Standard_ND96asr_v4", "Standard_NV36ads_A10_v5"] {
		compute.accelerated(t)
	}
	every t in ["ml.t3.medium", "ml.m5.xlarge", "ml.c5.2xlarge", "m6i.large", "c7g.xlarge", "d3.xlarge", "n1-standard-8", "e2-medium", "g1-small", "c3-highmem-88", "Standard_D4s_v5", "Standard_E64s_v5"] {
		not compute.accelerated(t)
	}
}

test_values_at if {
	body := {"a": [{"b": 1}, {"b": 2}], "c": {"b": 3}}
	compute.values_at(body, ["a", "*", "b"]) == {[["a", 0, "b"], 1], [["a", 1, "b"], 2]}
	compute.values_at(body, ["c", "b"]) == {[["c", "b"], 3]}
	compute.values_at(body, ["x"]) == set()
}

test_first_values if {
	compute.first_values({"max": 5, "count": 2}, [["max"], ["count"]]) == {[["max"], 5]}
	compute.first_values({"count": 2}, [["max"], ["count"]]) == {[["count"], 2]}
	not compute.first_values({}, [["max"], ["count"]])
}

test_tiers if {
	g := {"types": [["type"]], "accelerators": [["acc", "*"]], "default": "e2-medium"}
	compute.tier({"type": "a2-highgpu-1g"}, g) == "gpu"
	compute.tier({"type": "n1-standard-8", "acc": ["nvidia-l4"]}, g) == "gpu"
	compute.tier({"type": "n1-standard-8", "acc": [{"__unknown__": true}]}, g) == "unknown"
	compute.tier({"type": "n1-standard-8"}, g) == "cpu"
	compute.tier({}, g) == "cpu"
	compute.tier({"type": {"__unknown__": true}}, g) == "unknown"
	compute.tier({}, {"types": [["type"]]}) == "unknown"
}

test_over_limit if {
	limits := {"cpu": 100, "gpu": 16}
	compute.over_limit({"count": 17, "tier": "gpu"}, limits) == {16: "the most for a gpu group"}
	not compute.over_limit({"count": 16, "tier": "gpu"}, limits)
	compute.over_limit({"count": 101, "tier": "unknown"}, limits) == {100: "the most for any group"}
	not compute.over_limit({"count": 50, "tier": "unknown"}, limits)
	not compute.over_limit({"count": 500, "tier": "unknown"}, {"cpu": 100, "gpu": null})
	not compute.over_limit({"count": 500, "tier": "cpu"}, {"cpu": null, "gpu": 16})
}
