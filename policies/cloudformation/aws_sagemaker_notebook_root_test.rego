package tollgate.rules.cloudformation.aws_sagemaker_notebook_root_test

import data.tollgate.rules.cloudformation.aws_sagemaker_notebook_root as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"Nb": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": props}}}

test_default_and_enabled_are_flagged if {
	vs := rule.violations with input as template({"InstanceType": "ml.t3.medium"})
	found(vs) == {["TG-AWS-025", ["Resources", "Nb", "Properties"]]}
	some v in vs
	v.msg == "AWS::SageMaker::NotebookInstance/Nb does not set RootAccess, which defaults to Enabled"
	found(rule.violations) == {["TG-AWS-025", ["Resources", "Nb", "Properties", "RootAccess"]]} with input as template({"RootAccess": "Enabled"})
}

test_disabled_and_intrinsic_pass if {
	count(rule.violations) == 0 with input as template({"RootAccess": "Disabled"})
	count(rule.violations) == 0 with input as template({"RootAccess": {"Ref": "Root"}})
	count(rule.violations) == 0 with input as {"Resources": {"Nb": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"Fn::If": ["C", {}, {}]}}}}
}
