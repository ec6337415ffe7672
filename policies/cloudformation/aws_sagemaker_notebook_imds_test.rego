package tollgate.rules.cloudformation.aws_sagemaker_notebook_imds_test

import data.tollgate.rules.cloudformation.aws_sagemaker_notebook_imds as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"Nb": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": props}}}

test_missing_and_v1_are_flagged if {
	found(rule.violations) == {["TG-AWS-033", ["Resources", "Nb", "Properties"]]} with input as template({"InstanceType": "ml.t3.medium"})
	found(rule.violations) == {["TG-AWS-033", ["Resources", "Nb", "Properties", "InstanceMetadataServiceConfiguration"]]} with input as template({"InstanceMetadataServiceConfiguration": {}})
	found(rule.violations) == {["TG-AWS-033", ["Resources", "Nb", "Properties", "InstanceMetadataServiceConfiguration", "MinimumInstanceMetadataServiceVersion"]]} with input as template({"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": "1"}})
}

test_v2_and_intrinsic_pass if {
	count(rule.violations) == 0 with input as template({"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": "2"}})
	count(rule.violations) == 0 with input as template({"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": {"Ref": "Imds"}}})
}
