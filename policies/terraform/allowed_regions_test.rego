package tollgate.rules.terraform.allowed_regions_test

import data.tollgate.rules.terraform.allowed_regions as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

regions := {"aws": ["eu-*"], "gcp": ["europe-west4", "EU"], "azure": ["West Europe"]}

test_nothing_is_enforced_by_default if {
	d := {"provider": {"aws": [{"region": "us-east-1"}]}, "resource": {"azurerm_resource_group": {"rg": res("azurerm_resource_group", "rg", {"location": "eastus"})}}}
	count(rule.violations) == 0 with input as d
}

test_aws_provider_regions_and_aliases if {
	d := {"provider": {"aws": [{"region": "eu-west-1"}, {"alias": "us", "region": "us-east-1"}, {"alias": "dr", "region": unknown("var.dr_region")}]}}
	vs := rule.violations with input as d with data.params.governance.allowed_regions as regions
	found(vs) == {["TG-GOV-001", ["provider", "aws", 1, "region"]]}
	some v in vs
	v.msg == "provider \"aws\" (alias us) is in \"us-east-1\", which is not an allowed AWS region (eu-*)"
}

test_aws_resource_region_argument if {
	d := {"resource": {"aws_s3_bucket": {"b": res("aws_s3_bucket", "b", {"region": "ap-south-1"})}}}
	found(rule.violations) == {["TG-GOV-001", ["resource", "aws_s3_bucket", "b", "config", "region"]]} with input as d with data.params.governance.allowed_regions as regions
}

test_gcp_zones_count_as_their_region if {
	d := {
		"provider": {"google": [{"region": "europe-west4", "zone": "europe-west4-b"}]},
		"resource": {"google_container_cluster": {
			"ok": res("google_container_cluster", "ok", {"location": "europe-west4-a", "node_locations": ["europe-west4-b", "us-central1-a"]}),
			"us": res("google_container_cluster", "us", {"location": "us-central1"}),
		}},
	}
	vs := rule.violations with input as d with data.params.governance.allowed_regions as regions
	found(vs) == {
		["TG-GOV-001", ["resource", "google_container_cluster", "ok", "config", "node_locations", 1]],
		["TG-GOV-001", ["resource", "google_container_cluster", "us", "config", "location"]],
	}
}

test_gcp_multi_regions_pass_only_when_listed if {
	d := {"resource": {"google_storage_bucket": {
		"eu": res("google_storage_bucket", "eu", {"location": "EU"}),
		"us": res("google_storage_bucket", "us", {"location": "US"}),
		"upper": res("google_storage_bucket", "upper", {"location": "EUROPE-WEST4"}),
		"global": res("google_kms_key_ring", "global", {"location": "global"}),
	}}}
	vs := rule.violations with input as d with data.params.governance.allowed_regions as regions
	found(vs) == {["TG-GOV-001", ["resource", "google_storage_bucket", "us", "config", "location"]]}
}

test_azure_display_names if {
	d := {"resource": {"azurerm_resource_group": {
		"a": res("azurerm_resource_group", "a", {"location": "westeurope"}),
		"b": res("azurerm_resource_group", "b", {"location": "North Europe"}),
		"c": res("azurerm_resource_group", "c", {"location": unknown("var.location")}),
		"d": res("azurerm_monitor_action_group", "d", {"location": "global"}),
	}}}
	vs := rule.violations with input as d with data.params.governance.allowed_regions as regions
	found(vs) == {["TG-GOV-001", ["resource", "azurerm_resource_group", "b", "config", "location"]]}
	some v in vs
	v.msg == "azurerm_resource_group 'b' is in \"North Europe\", which is not an allowed Azure region (West Europe)"
}

test_a_cloud_with_an_empty_list_is_not_restricted if {
	d := {"resource": {"azurerm_resource_group": {"b": res("azurerm_resource_group", "b", {"location": "eastus"})}}}
	count(rule.violations) == 0 with input as d with data.params.governance.allowed_regions as {"aws": ["eu-*"], "gcp": [], "azure": []}
}

test_resources_that_will_not_exist_are_ignored if {
	r := object.union(res("google_storage_bucket", "us", {"location": "US"}), {"count": 0})
	count(rule.violations) == 0 with input as {"resource": {"google_storage_bucket": {"us": r}}} with data.params.governance.allowed_regions as regions
}
