package tollgate.rules.cloudformation.aws_s3_versioning_test

import data.tollgate.rules.cloudformation.aws_s3_versioning as rule

found(vs) := {[v.rule, v.path] | some v in vs}

bucket(props) := {"Resources": {"Data": {"Type": "AWS::S3::Bucket", "Properties": props}}}

test_missing_versioning_is_flagged_on_the_properties if {
	vs := rule.violations with input as bucket({"BucketName": "acme-data"})
	found(vs) == {["TG-AWS-040", ["Resources", "Data", "Properties"]]}
	some v in vs
	v.msg == "S3 bucket 'Data' has no VersioningConfiguration, so versioning is off"
}

test_suspended_is_flagged_at_the_status if {
	vs := rule.violations with input as bucket({"VersioningConfiguration": {"Status": "Suspended"}})
	found(vs) == {["TG-AWS-040", ["Resources", "Data", "Properties", "VersioningConfiguration", "Status"]]}
}

test_enabled_and_intrinsics_pass if {
	count(rule.violations) == 0 with input as bucket({"VersioningConfiguration": {"Status": "Enabled"}})
	count(rule.violations) == 0 with input as bucket({"VersioningConfiguration": {"Status": {"Fn::If": ["IsProd", "Enabled", "Suspended"]}}})
	count(rule.violations) == 0 with input as bucket({"VersioningConfiguration": {"Fn::If": ["IsProd", {"Status": "Enabled"}, {"Ref": "AWS::NoValue"}]}})
}
