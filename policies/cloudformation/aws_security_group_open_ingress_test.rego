package tollgate.rules.cloudformation.aws_security_group_open_ingress_test

import data.tollgate.rules.cloudformation.aws_security_group_open_ingress as rule

found(vs) := {[v.rule, v.path] | some v in vs}

sg(ingress) := {"Resources": {"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "nb", "SecurityGroupIngress": ingress}}}}

test_ssh_from_anywhere_is_flagged_at_the_cidr if {
	vs := rule.violations with input as sg([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}])
	found(vs) == {["TG-AWS-050", ["Resources", "Sg", "Properties", "SecurityGroupIngress", 0, "CidrIp"]]}
	some v in vs
	v.msg == "security group 'Sg' allows ingress from 0.0.0.0/0 to port 22"
}

test_all_ports_and_ranges if {
	vs := rule.violations with input as sg([
		{"IpProtocol": "-1", "CidrIpv6": "::/0"},
		{"IpProtocol": "tcp", "FromPort": "3000", "ToPort": "4000", "CidrIp": "0.0.0.0/0"},
	])
	{v.msg | some v in vs} == {
		"security group 'Sg' allows ingress from ::/0 to all ports",
		"security group 'Sg' allows ingress from 0.0.0.0/0 to ports 3000-4000, which include 3389",
	}
}

test_standalone_ingress if {
	t := {"Resources": {"Ssh": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"GroupId": {"Ref": "Sg"}, "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}}}}
	found(rule.violations) == {["TG-AWS-050", ["Resources", "Ssh", "Properties", "CidrIp"]]} with input as t
}

test_other_ports_private_and_intrinsic_pass if {
	count(rule.violations) == 0 with input as sg([{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0"}])
	count(rule.violations) == 0 with input as sg([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"}])
	count(rule.violations) == 0 with input as sg([{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": {"Ref": "AdminCidr"}}])
	count(rule.violations) == 0 with input as sg([{"IpProtocol": "tcp", "FromPort": {"Ref": "Port"}, "ToPort": {"Ref": "Port"}, "CidrIp": "0.0.0.0/0"}])
	count(rule.violations) == 0 with input as sg({"Fn::If": ["C", [], []]})
}
