package tollgate.rules.cloudformation.aws_sagemaker_notebook_kms_test

import data.tollgate.rules.cloudformation.aws_sagemaker_notebook_kms as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": props}}}

test_missing_key_is_flagged if {
	vs := rule.violations with input as template({"InstanceType": "ml.t3.medium"})
	found(vs) == {["TG-AWS-011", ["Resources", "Notebook", "Properties"]]}
	some v in vs
	v.msg == "SageMaker notebook 'Notebook' does not set KmsKeyId, so its volume uses an AWS-managed key"
}

test_key_reference_is_compliant if {
	count(rule.violations) == 0 with input as template({"KmsKeyId": {"Ref": "NotebookKey"}})
	count(rule.violations) == 0 with input as template({"KmsKeyId": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"})
}
