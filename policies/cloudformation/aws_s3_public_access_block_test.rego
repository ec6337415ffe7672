package tollgate.rules.cloudformation.aws_s3_public_access_block_test

import data.tollgate.rules.cloudformation.aws_s3_public_access_block as rule

found(vs) := {[v.rule, v.path] | some v in vs}

bucket(props) := {"Resources": {"Data": {"Type": "AWS::S3::Bucket", "Properties": props}}}

all_true := {"BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true}

test_missing_block_is_flagged_on_the_properties if {
	vs := rule.violations with input as bucket({"BucketName": "acme-data"})
	found(vs) == {["TG-AWS-002", ["Resources", "Data", "Properties"]]}
	some v in vs
	v.msg == "S3 bucket 'Data' has no PublicAccessBlockConfiguration"
}

test_missing_setting_is_flagged_on_the_block if {
	props := {"PublicAccessBlockConfiguration": object.remove(all_true, ["RestrictPublicBuckets"])}
	vs := rule.violations with input as bucket(props)
	found(vs) == {["TG-AWS-002", ["Resources", "Data", "Properties", "PublicAccessBlockConfiguration"]]}
	some v in vs
	v.msg == "S3 bucket 'Data' does not set RestrictPublicBuckets, which then defaults to false"
}

test_false_setting_is_flagged_at_the_setting if {
	props := {"PublicAccessBlockConfiguration": object.union(all_true, {"BlockPublicPolicy": false, "IgnorePublicAcls": "false"})}
	found(rule.violations) == {
		["TG-AWS-002", ["Resources", "Data", "Properties", "PublicAccessBlockConfiguration", "BlockPublicPolicy"]],
		["TG-AWS-002", ["Resources", "Data", "Properties", "PublicAccessBlockConfiguration", "IgnorePublicAcls"]],
	} with input as bucket(props)
}

test_all_true_is_compliant if {
	count(rule.violations) == 0 with input as bucket({"PublicAccessBlockConfiguration": all_true})
	count(rule.violations) == 0 with input as bucket({"PublicAccessBlockConfiguration": object.union(all_true, {"BlockPublicAcls": "true"})})
}

test_intrinsics_are_not_judged if {
	count(rule.violations) == 0 with input as bucket({"PublicAccessBlockConfiguration": object.union(all_true, {"BlockPublicAcls": {"Ref": "Block"}})})
	count(rule.violations) == 0 with input as bucket({"PublicAccessBlockConfiguration": {"Fn::If": ["IsProd", all_true, all_true]}})
}
