package tollgate.rules.cloudformation.aws_ecr_scan_on_push_test

import data.tollgate.rules.cloudformation.aws_ecr_scan_on_push as rule

found(vs) := {[v.rule, v.path] | some v in vs}

repo(props) := {"Type": "AWS::ECR::Repository", "Properties": object.union({"RepositoryName": "ml/trainer"}, props)}

registry(freq, filter) := {"Type": "AWS::ECR::RegistryScanningConfiguration", "Properties": {"ScanType": "ENHANCED", "Rules": [{"ScanFrequency": freq, "RepositoryFilters": [{"Filter": filter, "FilterType": "WILDCARD"}]}]}}

test_missing_configuration_is_flagged_on_the_properties if {
	vs := rule.violations with input as {"Resources": {"Trainer": repo({})}}
	found(vs) == {["TG-AWS-047", ["Resources", "Trainer", "Properties"]]}
	some v in vs
	v.msg == "ECR repository 'Trainer' has no ImageScanningConfiguration, so pushed images are not scanned"
}

test_missing_and_false_flag if {
	found(rule.violations) == {["TG-AWS-047", ["Resources", "Trainer", "Properties", "ImageScanningConfiguration"]]} with input as {"Resources": {"Trainer": repo({"ImageScanningConfiguration": {}})}}
	found(rule.violations) == {["TG-AWS-047", ["Resources", "Trainer", "Properties", "ImageScanningConfiguration", "ScanOnPush"]]} with input as {"Resources": {"Trainer": repo({"ImageScanningConfiguration": {"ScanOnPush": "false"}})}}
}

test_scan_on_push_intrinsic_and_registry_scanning_pass if {
	count(rule.violations) == 0 with input as {"Resources": {"Trainer": repo({"ImageScanningConfiguration": {"ScanOnPush": true}})}}
	count(rule.violations) == 0 with input as {"Resources": {"Trainer": repo({"ImageScanningConfiguration": {"ScanOnPush": {"Ref": "Scan"}}})}}
	count(rule.violations) == 0 with input as {"Resources": {"Trainer": repo({}), "Scanning": registry("CONTINUOUS_SCAN", "ml/*")}}
	count(rule.violations) == 1 with input as {"Resources": {"Trainer": repo({}), "Scanning": registry("SCAN_ON_PUSH", "web/*")}}
	count(rule.violations) == 0 with input as {"Resources": {"Trainer": repo({})}} with data.params.aws.ecr_registry_scanning as true
}
