package tollgate.rules.cloudformation.aws_sagemaker_notebook_internet_test

import data.tollgate.rules.cloudformation.aws_sagemaker_notebook_internet as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {
	"AWSTemplateFormatVersion": "2010-09-09",
	"Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": props}},
}

base := {"InstanceType": "ml.t3.medium", "RoleArn": {"Fn::GetAtt": ["NotebookRole", "Arn"]}}

test_enabled_is_flagged_on_the_property if {
	vs := rule.violations with input as template(object.union(base, {"DirectInternetAccess": "Enabled"}))
	found(vs) == {["TG-AWS-003", ["Resources", "Notebook", "Properties", "DirectInternetAccess"]]}
	some v in vs
	v.msg == "SageMaker notebook 'Notebook' has DirectInternetAccess Enabled"
}

test_missing_is_flagged_on_the_properties if {
	vs := rule.violations with input as template(base)
	found(vs) == {["TG-AWS-003", ["Resources", "Notebook", "Properties"]]}
}

test_missing_properties_is_flagged if {
	vs := rule.violations with input as {"Resources": {"Nb": {"Type": "AWS::SageMaker::NotebookInstance"}}}
	found(vs) == {["TG-AWS-003", ["Resources", "Nb", "Properties"]]}
}

test_disabled_is_compliant if {
	count(rule.violations) == 0 with input as template(object.union(base, {"DirectInternetAccess": "Disabled"}))
}

# A value chosen at deploy time is unknown: neither a pass nor a failure can be proven.
test_intrinsic_value_is_not_judged if {
	v := {"Fn::If": ["IsDev", "Enabled", "Disabled"]}
	count(rule.violations) == 0 with input as template(object.union(base, {"DirectInternetAccess": v}))
	count(rule.violations) == 0 with input as template({"Fn::If": ["IsDev", base, base]})
}

test_other_resources_are_ignored if {
	count(rule.violations) == 0 with input as {"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {}}}}
}
