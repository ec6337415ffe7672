package tollgate.rules.cloudformation.aws_s3_encryption_test

import data.tollgate.rules.cloudformation.aws_s3_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

bucket(props) := {"Resources": {"Data": {"Type": "AWS::S3::Bucket", "Properties": props}}}

sse(alg) := {"BucketEncryption": {"ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": alg}}]}}

test_missing_encryption_is_flagged_on_the_properties if {
	vs := rule.violations with input as bucket({"BucketName": "acme-data"})
	found(vs) == {["TG-AWS-001", ["Resources", "Data", "Properties"]]}
	some v in vs
	v.msg == "S3 bucket 'Data' has no BucketEncryption, so it has no default encryption with a KMS key"
}

test_bucket_without_properties_is_flagged if {
	found(rule.violations) == {["TG-AWS-001", ["Resources", "B", "Properties"]]} with input as {"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}
}

test_aes256_is_flagged_at_the_algorithm if {
	vs := rule.violations with input as bucket(sse("AES256"))
	found(vs) == {["TG-AWS-001", ["Resources", "Data", "Properties", "BucketEncryption", "ServerSideEncryptionConfiguration", 0, "ServerSideEncryptionByDefault", "SSEAlgorithm"]]}
	some v in vs
	v.msg == "S3 bucket 'Data' encrypts with \"AES256\" (S3-managed keys) instead of a KMS key"
}

test_aes256_is_accepted_when_kms_is_not_required if {
	count(rule.violations) == 0 with input as bucket(sse("AES256")) with data.params.aws.s3_require_kms as false
}

test_kms_is_compliant if {
	count(rule.violations) == 0 with input as bucket(sse("aws:kms"))
	count(rule.violations) == 0 with input as bucket(sse("aws:kms:dsse"))
}

test_intrinsics_are_not_judged if {
	count(rule.violations) == 0 with input as bucket(sse({"Ref": "Algorithm"}))
	count(rule.violations) == 0 with input as bucket({"BucketEncryption": {"Fn::If": ["IsProd", {}, {}]}})
	count(rule.violations) == 0 with input as bucket({"Fn::If": ["IsProd", {}, {}]})
}
