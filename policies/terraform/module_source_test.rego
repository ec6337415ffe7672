package tollgate.rules.terraform.module_source_test

import data.tollgate.rules.terraform.module_source as rule

found(vs) := {[v.rule, v.path] | some v in vs}

calls(m) := {"module": m}

approved := ["app.terraform.io/acme/", "git::https://github.com/acme/"]

test_registry_module_without_version if {
	vs := rule.violations with input as calls({"vpc": {"source": "terraform-aws-modules/vpc/aws", "source_type": "registry"}})
	found(vs) == {["TG-TF-001", ["module", "vpc"]]}
}

test_registry_module_with_range if {
	m := {"vpc": {"source": "terraform-aws-modules/vpc/aws", "source_type": "registry", "version": "~> 5.0"}}
	found(rule.violations) == {["TG-TF-001", ["module", "vpc", "version"]]} with input as calls(m)
}

test_registry_module_pinned if {
	m := {"vpc": {"source": "terraform-aws-modules/vpc/aws", "source_type": "registry", "version": "5.1.2"}}
	count(rule.violations) == 0 with input as calls(m)
	m2 := {"vpc": {"source": "terraform-aws-modules/vpc/aws", "source_type": "registry", "version": "= 5.1.2"}}
	count(rule.violations) == 0 with input as calls(m2)
}

test_git_module_on_a_branch if {
	m := {"s3": {"source": "git::https://github.com/acme/mods.git?ref=main", "source_type": "git", "ref": "main"}}
	vs := rule.violations with input as calls(m)
	found(vs) == {["TG-TF-001", ["module", "s3", "source"]]}
	some v in vs
	v.msg == "module 's3' is pinned to \"main\", which is not a version tag"
}

test_git_module_without_ref if {
	m := {"s3": {"source": "github.com/acme/mods", "source_type": "git"}}
	found(rule.violations) == {["TG-TF-001", ["module", "s3", "source"]]} with input as calls(m)
}

test_git_module_on_a_tag if {
	m := {"s3": {"source": "git::https://github.com/acme/mods.git?ref=v1.4.2", "source_type": "git", "ref": "v1.4.2"}}
	count(rule.violations) == 0 with input as calls(m)
}

test_unapproved_source_when_a_list_is_configured if {
	m := {"s3": {"source": "git::https://github.com/someone/mods.git?ref=v1.0.0", "source_type": "git", "ref": "v1.0.0"}}
	vs := rule.violations with input as calls(m) with data.params.terraform.approved_module_sources as approved
	found(vs) == {["TG-TF-001", ["module", "s3", "source"]]}
	count(rule.violations) == 0 with input as calls(m)
}

test_approved_source_passes if {
	m := {"net": {"source": "app.terraform.io/acme/network/aws", "source_type": "registry", "version": "2.0.1"}}
	count(rule.violations) == 0 with input as calls(m) with data.params.terraform.approved_module_sources as approved
}

test_local_modules if {
	m := {"own": {"source": "./modules/bucket", "source_type": "local"}}
	count(rule.violations) == 0 with input as calls(m) with data.params.terraform.approved_module_sources as approved
	found(rule.violations) == {["TG-TF-001", ["module", "own", "source"]]} with input as calls(m) with data.params.terraform.allow_local_modules as false
}

test_custom_tag_pattern if {
	m := {"s3": {"source": "git::https://github.com/acme/mods.git?ref=release-7", "source_type": "git", "ref": "release-7"}}
	count(rule.violations) == 0 with input as calls(m) with data.params.terraform.version_tag_pattern as `^release-[0-9]+$`
}
