package tollgate.rules.cloudformation.aws_ebs_encryption_test

import data.tollgate.rules.cloudformation.aws_ebs_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

resource(type, props) := {"Resources": {"R": {"Type": type, "Properties": props}}}

test_volume_without_encryption_is_flagged_on_the_properties if {
	vs := rule.violations with input as resource("AWS::EC2::Volume", {"Size": 500})
	found(vs) == {["TG-AWS-044", ["Resources", "R", "Properties"]]}
	some v in vs
	v.msg == "EBS volume 'R' does not set Encrypted, which defaults to false"
}

test_volume_false_snapshot_and_intrinsic if {
	found(rule.violations) == {["TG-AWS-044", ["Resources", "R", "Properties", "Encrypted"]]} with input as resource("AWS::EC2::Volume", {"Encrypted": "false"})
	count(rule.violations) == 0 with input as resource("AWS::EC2::Volume", {"SnapshotId": "snap-1"})
	count(rule.violations) == 0 with input as resource("AWS::EC2::Volume", {"Encrypted": {"Ref": "Enc"}})
	count(rule.violations) == 0 with input as resource("AWS::EC2::Volume", {"Encrypted": true})
}

test_instance_mappings if {
	props := {"BlockDeviceMappings": [
		{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 100}},
		{"DeviceName": "/dev/sdf", "Ebs": {"Encrypted": false}},
		{"DeviceName": "/dev/sdg", "Ebs": {"Encrypted": true}},
		{"DeviceName": "/dev/sdh", "VirtualName": "ephemeral0"},
	]}
	vs := rule.violations with input as resource("AWS::EC2::Instance", props)
	found(vs) == {
		["TG-AWS-044", ["Resources", "R", "Properties", "BlockDeviceMappings", 0, "Ebs"]],
		["TG-AWS-044", ["Resources", "R", "Properties", "BlockDeviceMappings", 1, "Ebs", "Encrypted"]],
	}
	some v in vs
	v.msg == "AWS::EC2::Instance 'R' block device /dev/xvda does not set Encrypted, which defaults to false"
}

test_instance_without_mappings_is_flagged if {
	found(rule.violations) == {["TG-AWS-044", ["Resources", "R", "Properties"]]} with input as resource("AWS::EC2::Instance", {"InstanceType": "g5.xlarge"})
}

test_launch_template_mappings if {
	props := {"LaunchTemplateData": {"BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 100}}]}}
	found(rule.violations) == {["TG-AWS-044", ["Resources", "R", "Properties", "LaunchTemplateData", "BlockDeviceMappings", 0, "Ebs"]]} with input as resource("AWS::EC2::LaunchTemplate", props)
	count(rule.violations) == 0 with input as resource("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"ImageId": "ami-1"}})
}

test_account_default if {
	count(rule.violations) == 0 with input as resource("AWS::EC2::Volume", {"Encrypted": false}) with data.params.aws.ebs_encryption_by_default as true
}
