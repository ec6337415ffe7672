package tollgate.rules.terraform.provider_versions_test

import data.tollgate.rules.terraform.provider_versions as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": {}}

test_declared_with_versions_is_compliant if {
	d := {
		"terraform": [{"required_providers": [{"aws": {"source": "hashicorp/aws", "version": "~> 5.60"}, "google": "~> 6.0"}]}],
		"provider": {"aws": [{"region": "eu-west-1"}]},
		"resource": {"aws_s3_bucket": {"b": res("aws_s3_bucket", "b")}, "google_storage_bucket": {"g": res("google_storage_bucket", "g")}, "terraform_data": {"t": res("terraform_data", "t")}},
	}
	count(rule.violations) == 0 with input as d
}

test_entry_without_version if {
	d := {"terraform": [{"required_providers": [{"aws": {"source": "hashicorp/aws"}, "random": {"source": "hashicorp/random", "version": " "}}]}]}
	vs := rule.violations with input as d
	found(vs) == {
		["TG-TF-002", ["terraform", 0, "required_providers", 0, "aws"]],
		["TG-TF-002", ["terraform", 0, "required_providers", 0, "random"]],
	}
	some v in vs
	v.msg == "provider \"aws\" has no version constraint in required_providers"
}

test_used_but_not_declared if {
	d := {
		"terraform": [{"required_version": ">= 1.6"}, {"required_providers": [{"aws": {"source": "hashicorp/aws", "version": "~> 5.0"}}]}],
		"resource": {"aws_s3_bucket": {"b": res("aws_s3_bucket", "b")}, "google_storage_bucket": {"g": object.union(res("google_storage_bucket", "g"), {"provider": "google-beta.eu"})}},
	}
	vs := rule.violations with input as d
	found(vs) == {["TG-TF-002", ["terraform", 1, "required_providers", 0]]}
	some v in vs
	v.msg == "provider \"google-beta\" is used but not declared in required_providers with a version constraint"
}

test_anchor_without_terraform_block if {
	d := {
		"provider": {"azurerm": [{"features": [{}]}]},
		"resource": {"azurerm_resource_group": {"rg": res("azurerm_resource_group", "rg")}},
		"data": {"random_string": {}, "http": {"x": object.union(res("http", "x"), {"mode": "data"})}},
	}
	found(rule.violations) == {
		["TG-TF-002", ["provider", "azurerm", 0]],
		["TG-TF-002", ["data", "http", "x"]],
	} with input as d
}

test_legacy_provider_version_counts if {
	d := {"provider": {"aws": [{"region": "eu-west-1", "version": "~> 3.0"}]}, "resource": {"aws_s3_bucket": {"b": res("aws_s3_bucket", "b")}}}
	count(rule.violations) == 0 with input as d
}

test_plans_are_not_checked if {
	d := {"source": "plan", "terraform": [], "provider": {}, "resource": {"aws_s3_bucket": {"aws_s3_bucket.b": res("aws_s3_bucket", "b")}}}
	count(rule.violations) == 0 with input as d
}
