package tollgate.rules.terraform.aws_instance_public_ip_test

import data.tollgate.rules.terraform.aws_instance_public_ip as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, cfg) := {"resource": {type: {"gpu": {"address": concat(".", [type, "gpu"]), "type": type, "name": "gpu", "mode": "managed", "module": "", "config": cfg}}}}

test_instance_with_public_ip_is_flagged_at_the_attribute if {
	vs := rule.violations with input as res("aws_instance", {"associate_public_ip_address": true})
	found(vs) == {["TG-AWS-051", ["resource", "aws_instance", "gpu", "config", "associate_public_ip_address"]]}
	some v in vs
	v.msg == "aws_instance 'gpu' sets associate_public_ip_address = true"
	count(rule.violations) == 1 with input as res("aws_launch_configuration", {"associate_public_ip_address": "true"})
}

test_launch_template_interface if {
	t := res("aws_launch_template", {"network_interfaces": [{"associate_public_ip_address": "true", "subnet_id": "subnet-1"}]})
	found(rule.violations) == {["TG-AWS-051", ["resource", "aws_launch_template", "gpu", "config", "network_interfaces", 0, "associate_public_ip_address"]]} with input as t
}

test_absent_false_and_unknown_pass if {
	count(rule.violations) == 0 with input as res("aws_instance", {"instance_type": "g5.xlarge"})
	count(rule.violations) == 0 with input as res("aws_instance", {"associate_public_ip_address": false})
	count(rule.violations) == 0 with input as res("aws_instance", {"associate_public_ip_address": {"__unknown__": true, "expr": "var.public", "refs": ["var.public"]}})
	count(rule.violations) == 0 with input as res("aws_launch_template", {"network_interfaces": [{"associate_public_ip_address": "false"}]})
}
