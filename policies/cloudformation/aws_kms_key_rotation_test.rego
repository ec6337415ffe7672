package tollgate.rules.cloudformation.aws_kms_key_rotation_test

import data.tollgate.rules.cloudformation.aws_kms_key_rotation as rule

found(vs) := {[v.rule, v.path] | some v in vs}

key(props) := {"Resources": {"DataKey": {"Type": "AWS::KMS::Key", "Properties": props}}}

test_missing_rotation_is_flagged_on_the_properties if {
	vs := rule.violations with input as key({"Description": "training data"})
	found(vs) == {["TG-AWS-043", ["Resources", "DataKey", "Properties"]]}
	some v in vs
	v.msg == "KMS key 'DataKey' does not set EnableKeyRotation, which defaults to false"
}

test_false_is_flagged_at_the_property if {
	found(rule.violations) == {["TG-AWS-043", ["Resources", "DataKey", "Properties", "EnableKeyRotation"]]} with input as key({"EnableKeyRotation": false})
}

test_enabled_intrinsic_and_non_rotatable_pass if {
	count(rule.violations) == 0 with input as key({"EnableKeyRotation": true})
	count(rule.violations) == 0 with input as key({"EnableKeyRotation": {"Fn::If": ["IsProd", true, false]}})
	count(rule.violations) == 0 with input as key({"KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY"})
	count(rule.violations) == 0 with input as key({"Origin": "EXTERNAL"})
	count(rule.violations) == 0 with input as key({"KeySpec": {"Ref": "Spec"}})
}
