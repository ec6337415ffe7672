package tollgate.rules.cloudformation.aws_s3_tls_only_test

import data.tollgate.rules.cloudformation.aws_s3_tls_only as rule

found(vs) := {[v.rule, v.path] | some v in vs}

bucket(props) := {"Type": "AWS::S3::Bucket", "Properties": props}

bucket_policy(target, statements) := {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": target, "PolicyDocument": {"Version": "2012-10-17", "Statement": statements}}}

deny_http := {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": false}}}

read := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "*"}

test_bucket_without_policy_is_flagged_at_the_resource if {
	vs := rule.violations with input as {"Resources": {"Data": bucket({})}}
	found(vs) == {["TG-AWS-042", ["Resources", "Data"]]}
	some v in vs
	v.msg == "S3 bucket 'Data' has no AWS::S3::BucketPolicy, so nothing denies requests made without TLS"
}

test_policy_with_the_deny_passes if {
	count(rule.violations) == 0 with input as {"Resources": {"Data": bucket({}), "P": bucket_policy({"Ref": "Data"}, [read, deny_http])}}
	count(rule.violations) == 0 with input as {"Resources": {"Data": bucket({"BucketName": "acme-data"}), "P": bucket_policy("acme-data", [deny_http])}}
}

test_policy_without_the_deny_is_flagged_at_the_document if {
	vs := rule.violations with input as {"Resources": {"Data": bucket({}), "P": bucket_policy({"Ref": "Data"}, [read])}}
	found(vs) == {["TG-AWS-042", ["Resources", "P", "Properties", "PolicyDocument"]]}
}

test_policy_of_another_bucket_does_not_cover if {
	t := {"Resources": {"Data": bucket({}), "Logs": bucket({}), "P": bucket_policy({"Ref": "Logs"}, [deny_http])}}
	found(rule.violations) == {["TG-AWS-042", ["Resources", "Data"]]} with input as t
}

test_unknown_targets_and_statements_are_not_judged if {
	count(rule.violations) == 0 with input as {"Resources": {"Data": bucket({}), "P": bucket_policy({"Fn::ImportValue": "b"}, [deny_http])}}
	count(rule.violations) == 0 with input as {"Resources": {"Data": bucket({}), "P": bucket_policy({"Ref": "Data"}, [read, {"Fn::If": ["C", deny_http, read]}])}}
	stmt := object.union(deny_http, {"Condition": {"Fn::If": ["C", {}, {}]}})
	count(rule.violations) == 0 with input as {"Resources": {"Data": bucket({}), "P": bucket_policy({"Ref": "Data"}, [stmt])}}
}
