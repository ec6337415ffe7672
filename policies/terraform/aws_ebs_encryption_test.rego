package tollgate.rules.terraform.aws_ebs_encryption_test

import data.tollgate.rules.terraform.aws_ebs_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

doc(resources) := {"resource": {type: {r.name: r | some r in resources; r.type == type} | some x in resources; type := x.type}}

unknown_var(n) := {"__unknown__": true, "expr": concat(".", ["var", n]), "refs": [concat(".", ["var", n])]}

test_volume_without_encryption_is_flagged_at_its_block if {
	vs := rule.violations with input as doc([res("aws_ebs_volume", "scratch", {"size": 500})])
	found(vs) == {["TG-AWS-044", ["resource", "aws_ebs_volume", "scratch"]]}
	some v in vs
	v.msg == "aws_ebs_volume 'scratch' does not set encrypted, which defaults to false"
}

test_false_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AWS-044", ["resource", "aws_ebs_volume", "scratch", "config", "encrypted"]]} with input as doc([res("aws_ebs_volume", "scratch", {"encrypted": false})])
}

test_snapshot_key_and_unknown_are_not_judged if {
	count(rule.violations) == 0 with input as doc([res("aws_ebs_volume", "a", {"snapshot_id": "snap-0123"})])
	count(rule.violations) == 0 with input as doc([res("aws_ebs_volume", "a", {"kms_key_id": unknown_var("key")})])
	count(rule.violations) == 0 with input as doc([res("aws_ebs_volume", "a", {"encrypted": unknown_var("enc")})])
	count(rule.violations) == 0 with input as doc([res("aws_ebs_volume", "a", {"encrypted": true})])
}

test_instance_devices if {
	i := res("aws_instance", "gpu", {"root_block_device": [{"volume_size": 200}], "ebs_block_device": [{"device_name": "/dev/sdf", "encrypted": true}, {"device_name": "/dev/sdg", "encrypted": false}]})
	found(rule.violations) == {
		["TG-AWS-044", ["resource", "aws_instance", "gpu", "config", "root_block_device", 0]],
		["TG-AWS-044", ["resource", "aws_instance", "gpu", "config", "ebs_block_device", 1, "encrypted"]],
	} with input as doc([i])
}

test_instance_without_root_block_device_is_flagged_at_its_block if {
	vs := rule.violations with input as doc([res("aws_instance", "gpu", {"instance_type": "g5.xlarge"})])
	found(vs) == {["TG-AWS-044", ["resource", "aws_instance", "gpu"]]}
}

test_launch_template_mappings if {
	t := res("aws_launch_template", "workers", {"block_device_mappings": [
		{"device_name": "/dev/xvda", "ebs": [{"volume_size": 100}]},
		{"device_name": "/dev/xvdb", "ebs": [{"encrypted": "true"}]},
		{"device_name": "/dev/xvdc", "virtual_name": "ephemeral0"},
	]})
	found(rule.violations) == {["TG-AWS-044", ["resource", "aws_launch_template", "workers", "config", "block_device_mappings", 0, "ebs", 0]]} with input as doc([t])
	count(rule.violations) == 0 with input as doc([res("aws_launch_template", "bare", {"image_id": "ami-1"})])
}

test_encryption_by_default_in_the_module_or_account if {
	on := res("aws_ebs_encryption_by_default", "this", {})
	count(rule.violations) == 0 with input as doc([on, res("aws_ebs_volume", "a", {"encrypted": false})])
	off := res("aws_ebs_encryption_by_default", "this", {"enabled": false})
	count(rule.violations) == 1 with input as doc([off, res("aws_ebs_volume", "a", {})])
	count(rule.violations) == 0 with input as doc([res("aws_ebs_volume", "a", {})]) with data.params.aws.ebs_encryption_by_default as true
}
