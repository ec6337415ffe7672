package tollgate.rules.cloudformation.aws_s3_access_logging_test

import data.tollgate.rules.cloudformation.aws_s3_access_logging as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(resources) := {"Resources": resources}

bucket(props) := {"Type": "AWS::S3::Bucket", "Properties": props}

test_missing_logging_is_flagged_on_the_properties if {
	vs := rule.violations with input as template({"Data": bucket({"BucketName": "acme-data"})})
	found(vs) == {["TG-AWS-041", ["Resources", "Data", "Properties"]]}
	some v in vs
	v.msg == "S3 bucket 'Data' has no LoggingConfiguration, so its server access is not logged"
}

test_logging_bucket_and_its_target_pass if {
	t := template({
		"Data": bucket({"LoggingConfiguration": {"DestinationBucketName": {"Ref": "Logs"}, "LogFilePrefix": "data/"}}),
		"Logs": bucket({}),
	})
	count(rule.violations) == 0 with input as t
}

test_targets_by_name_sub_or_acl_are_exempt if {
	t := template({
		"Data": bucket({"LoggingConfiguration": {"DestinationBucketName": "acme-logs"}}),
		"Models": bucket({"LoggingConfiguration": {"DestinationBucketName": {"Fn::Sub": "${Logs2}"}}}),
		"Logs": bucket({"BucketName": "acme-logs"}),
		"Logs2": bucket({}),
		"Logs3": bucket({"AccessControl": "LogDeliveryWrite"}),
	})
	count(rule.violations) == 0 with input as t
}

test_imported_target_exempts_nothing if {
	t := template({
		"Data": bucket({"LoggingConfiguration": {"DestinationBucketName": {"Fn::ImportValue": "central-logs"}}}),
		"Scratch": bucket({}),
	})
	found(rule.violations) == {["TG-AWS-041", ["Resources", "Scratch", "Properties"]]} with input as t
}

test_parameter_switches_the_rule_off if {
	count(rule.violations) == 0 with input as template({"Data": bucket({})}) with data.params.aws.s3_require_access_logging as false
}
