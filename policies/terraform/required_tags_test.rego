package tollgate.rules.terraform.required_tags_test

import data.tollgate.rules.terraform.required_tags as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown(expr) := {"__unknown__": true, "expr": expr, "refs": [expr]}

required := ["owner", "cost-center"]

root := [{"backend": [{}]}]

doc(resources, providers) := {"terraform": root, "provider": providers, "resource": {t: {r.name: r |
	some r in resources
	r.type == t
} |
	some x in resources
	t := x.type
}}

test_nothing_is_required_by_default if {
	count(rule.violations) == 0 with input as doc([res("aws_s3_bucket", "raw", {})], {})
}

test_missing_tags_are_reported_at_the_tags_argument if {
	d := doc([res("aws_s3_bucket", "raw", {"tags": {"Owner": "ml-platform"}})], {})
	vs := rule.violations with input as d with data.params.governance.required_tags as required
	found(vs) == {["TG-GOV-002", ["resource", "aws_s3_bucket", "raw", "config", "tags"]]}
	some v in vs
	v.msg == "aws_s3_bucket 'raw' lacks the required tags cost-center"
}

test_no_tags_argument_is_reported_at_the_block if {
	d := doc([res("aws_sagemaker_notebook_instance", "nb", {"instance_type": "ml.t3.medium"})], {})
	vs := rule.violations with input as d with data.params.governance.required_tags as required
	found(vs) == {["TG-GOV-002", ["resource", "aws_sagemaker_notebook_instance", "nb"]]}
	some v in vs
	v.msg == "aws_sagemaker_notebook_instance 'nb' lacks the required tags owner, cost-center"
}

test_key_variants_and_empty_values if {
	d := doc(
		[
			res("aws_s3_bucket", "a", {"tags": {"OWNER": "x", "cost_center": "CC-1"}}),
			res("aws_s3_bucket", "b", {"tags": {"owner": "x", "CostCenter": "CC-1"}}),
			res("aws_s3_bucket", "c", {"tags": {"owner": " ", "cost-center": "CC-1"}}),
			res("aws_s3_bucket", "d", {"tags": {"owner": unknown("var.owner"), "cost-center": "CC-1"}}),
		],
		{},
	)
	vs := rule.violations with input as d with data.params.governance.required_tags as required
	found(vs) == {["TG-GOV-002", ["resource", "aws_s3_bucket", "c", "config", "tags"]]}
}

test_provider_default_tags_are_merged if {
	providers := {"aws": [
		{"region": "eu-west-1", "default_tags": [{"tags": {"owner": "ml-platform", "cost-center": "CC-1"}}]},
		{"alias": "bare", "region": "eu-west-1"},
	]}
	aliased := object.union(res("aws_s3_bucket", "b", {"tags": {"owner": "x"}}), {"provider": "aws.bare"})
	d := doc([res("aws_s3_bucket", "a", {}), aliased], providers)
	found(rule.violations) == {["TG-GOV-002", ["resource", "aws_s3_bucket", "b", "config", "tags"]]} with input as d with data.params.governance.required_tags as required
}

test_unknown_tags_or_defaults_are_never_reported if {
	providers := {"aws": [{"region": "eu-west-1", "default_tags": [{"tags": unknown("var.default_tags")}]}]}
	d := doc([res("aws_s3_bucket", "a", {}), res("aws_ecr_repository", "r", {"tags": unknown("local.tags")})], providers)
	count(rule.violations) == 0 with input as d with data.params.governance.required_tags as required
}

test_an_inherited_provider_configuration_is_unknown if {
	d := {"resource": {"aws_s3_bucket": {"a": res("aws_s3_bucket", "a", {"tags": {"owner": "x"}})}}}
	count(rule.violations) == 0 with input as d with data.params.governance.required_tags as required
	aliased := object.union(res("aws_s3_bucket", "a", {}), {"provider": "aws.west"})
	count(rule.violations) == 0 with input as doc([aliased], {}) with data.params.governance.required_tags as required
}

test_a_plan_reads_tags_all if {
	d := {"resource": {"aws_s3_bucket": {"aws_s3_bucket.a": object.union(res("aws_s3_bucket", "a", {"tags": {}, "tags_all": {"owner": "x"}}), {"address": "aws_s3_bucket.a"})}}}
	vs := rule.violations with input as d with data.params.governance.required_tags as required
	some v in vs
	v.msg == "aws_s3_bucket 'a' lacks the required tags cost-center"
}

test_google_labels_and_default_labels if {
	providers := {"google": [{"project": "p", "default_labels": {"cost-center": "cc-1"}}]}
	d := doc(
		[
			res("google_storage_bucket", "ok", {"labels": {"owner": "ml"}}),
			res("google_storage_bucket", "missing", {}),
			res("google_container_cluster", "gke", {"resource_labels": {"team": "ml"}}),
		],
		providers,
	)
	vs := rule.violations with input as d with data.params.governance.required_tags as required
	found(vs) == {
		["TG-GOV-002", ["resource", "google_storage_bucket", "missing"]],
		["TG-GOV-002", ["resource", "google_container_cluster", "gke", "config", "resource_labels"]],
	}
	some v in vs
	v.msg == "google_storage_bucket 'missing' lacks the required labels owner"
}

test_azure_tags if {
	d := {"resource": {"azurerm_machine_learning_workspace": {"w": res("azurerm_machine_learning_workspace", "w", {"tags": {"Owner": "ml", "Cost Center": "CC-1"}})}, "azurerm_storage_account": {"s": res("azurerm_storage_account", "s", {"tags": {"owner": "ml"}})}}}
	found(rule.violations) == {["TG-GOV-002", ["resource", "azurerm_storage_account", "s", "config", "tags"]]} with input as d with data.params.governance.required_tags as required
}

test_types_without_tags_are_not_checked if {
	d := doc([res("aws_s3_bucket_versioning", "v", {}), res("aws_kms_alias", "a", {})], {})
	count(rule.violations) == 0 with input as d with data.params.governance.required_tags as required
}
