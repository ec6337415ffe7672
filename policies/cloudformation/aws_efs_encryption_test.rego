package tollgate.rules.cloudformation.aws_efs_encryption_test

import data.tollgate.rules.cloudformation.aws_efs_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

fs(props) := {"Resources": {"Home": {"Type": "AWS::EFS::FileSystem", "Properties": props}}}

test_missing_is_flagged_on_the_properties if {
	vs := rule.violations with input as fs({"PerformanceMode": "generalPurpose"})
	found(vs) == {["TG-AWS-045", ["Resources", "Home", "Properties"]]}
	some v in vs
	v.msg == "EFS file system 'Home' does not set Encrypted, which defaults to false"
	found(rule.violations) == {["TG-AWS-045", ["Resources", "Home", "Properties"]]} with input as {"Resources": {"Home": {"Type": "AWS::EFS::FileSystem"}}}
}

test_false_is_flagged_at_the_property if {
	found(rule.violations) == {["TG-AWS-045", ["Resources", "Home", "Properties", "Encrypted"]]} with input as fs({"Encrypted": false})
}

test_encrypted_and_intrinsic_pass if {
	count(rule.violations) == 0 with input as fs({"Encrypted": true, "KmsKeyId": {"Ref": "Key"}})
	count(rule.violations) == 0 with input as fs({"Encrypted": {"Fn::If": ["C", true, false]}})
}
