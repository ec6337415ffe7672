package tollgate.rules.cloudformation.aws_instance_public_ip_test

import data.tollgate.rules.cloudformation.aws_instance_public_ip as rule

found(vs) := {[v.rule, v.path] | some v in vs}

resource(type, props) := {"Resources": {"Gpu": {"Type": type, "Properties": props}}}

test_instance_interface_is_flagged_at_the_property if {
	vs := rule.violations with input as resource("AWS::EC2::Instance", {"NetworkInterfaces": [{"DeviceIndex": "0", "AssociatePublicIpAddress": true}]})
	found(vs) == {["TG-AWS-051", ["Resources", "Gpu", "Properties", "NetworkInterfaces", 0, "AssociatePublicIpAddress"]]}
	some v in vs
	v.msg == "AWS::EC2::Instance 'Gpu' gives its network interface a public IP address (AssociatePublicIpAddress: true)"
}

test_launch_template_and_configuration if {
	found(rule.violations) == {["TG-AWS-051", ["Resources", "Gpu", "Properties", "LaunchTemplateData", "NetworkInterfaces", 0, "AssociatePublicIpAddress"]]} with input as resource("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"NetworkInterfaces": [{"AssociatePublicIpAddress": "true"}]}})
	found(rule.violations) == {["TG-AWS-051", ["Resources", "Gpu", "Properties", "AssociatePublicIpAddress"]]} with input as resource("AWS::AutoScaling::LaunchConfiguration", {"AssociatePublicIpAddress": true})
}

test_absent_false_and_intrinsic_pass if {
	count(rule.violations) == 0 with input as resource("AWS::EC2::Instance", {"SubnetId": "subnet-1"})
	count(rule.violations) == 0 with input as resource("AWS::EC2::Instance", {"NetworkInterfaces": [{"AssociatePublicIpAddress": false}]})
	count(rule.violations) == 0 with input as resource("AWS::EC2::Instance", {"NetworkInterfaces": [{"AssociatePublicIpAddress": {"Fn::If": ["Public", true, false]}}]})
}
