package tollgate.rules.terraform.gcp_workbench_cmek_test

import data.tollgate.rules.terraform.gcp_workbench_cmek as rule

found(vs) := {v.path | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

wb(cfg) := {"resource": {"google_workbench_instance": {"nb": res("google_workbench_instance", "nb", cfg)}}}

nb(cfg) := {"resource": {"google_notebooks_instance": {"nb": res("google_notebooks_instance", "nb", cfg)}}}

base := ["resource", "google_workbench_instance", "nb"]

test_workbench_without_gce_setup_is_flagged_at_its_block if {
	vs := rule.violations with input as wb({"location": "europe-west4-a"})
	found(vs) == {base}
	some v in vs
	v.rule == "TG-GCP-001"
	v.msg == "google_workbench_instance 'nb' has no gce_setup.boot_disk.disk_encryption, so its disks use Google-managed keys (GMEK)"
}

test_missing_boot_disk_and_setting_land_on_the_enclosing_block if {
	found(rule.violations) == {array.concat(base, ["config", "gce_setup", 0])} with input as wb({"gce_setup": [{"machine_type": "n2-standard-4"}]})
	found(rule.violations) == {array.concat(base, ["config", "gce_setup", 0, "boot_disk", 0])} with input as wb({"gce_setup": [{"boot_disk": [{"disk_size_gb": 150}]}]})
}

test_gmek_is_flagged_at_the_setting if {
	cfg := {"gce_setup": [{"boot_disk": [{"disk_encryption": "CMEK", "kms_key": "k"}], "data_disks": [{"disk_encryption": "GMEK"}]}]}
	found(rule.violations) == {array.concat(base, ["config", "gce_setup", 0, "data_disks", 0, "disk_encryption"])} with input as wb(cfg)
}

test_cmek_and_unknown_values_pass if {
	count(rule.violations) == 0 with input as wb({"gce_setup": [{"boot_disk": [{"disk_encryption": "CMEK", "kms_key": "k"}], "data_disks": [{"disk_size_gb": 100}]}]})
	count(rule.violations) == 0 with input as wb({"gce_setup": [{"boot_disk": [{"disk_encryption": unknown_var("enc")}]}]})
	count(rule.violations) == 0 with input as wb({"gce_setup": unknown_var("setup")})
}

test_legacy_notebook if {
	found(rule.violations) == {["resource", "google_notebooks_instance", "nb"]} with input as nb({"machine_type": "n1-standard-4"})
	found(rule.violations) == {["resource", "google_notebooks_instance", "nb", "config", "disk_encryption"]} with input as nb({"disk_encryption": "GMEK"})
	count(rule.violations) == 0 with input as nb({"disk_encryption": "CMEK", "kms_key": "k"})
	count(rule.violations) == 0 with input as nb({"disk_encryption": unknown_var("enc")})
}
