package tollgate.rules.cloudformation.required_tags_test

import data.tollgate.rules.cloudformation.required_tags as rule

found(vs) := {[v.rule, v.path] | some v in vs}

required := ["owner", "cost-center"]

template(resources) := {"Resources": resources}

test_list_tags if {
	t := template({
		"Ok": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [{"Key": "Owner", "Value": "ml"}, {"Key": "CostCenter", "Value": "CC-1"}]}},
		"Partial": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [{"Key": "owner", "Value": "ml"}]}},
		"None": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"InstanceType": "ml.t3.medium"}},
		"Bare": {"Type": "AWS::KMS::Key"},
	})
	vs := rule.violations with input as t with data.params.governance.required_tags as required
	found(vs) == {
		["TG-GOV-002", ["Resources", "Partial", "Properties", "Tags"]],
		["TG-GOV-002", ["Resources", "None", "Properties"]],
		["TG-GOV-002", ["Resources", "Bare"]],
	}
	some v in vs
	v.msg == "AWS::S3::Bucket 'Partial' lacks the required tags cost-center"
}

test_map_tags_and_other_property_names if {
	t := template({
		"Nodes": {"Type": "AWS::EKS::Nodegroup", "Properties": {"Tags": {"owner": "ml", "cost-center": "CC-1"}}},
		"Files": {"Type": "AWS::EFS::FileSystem", "Properties": {"FileSystemTags": [{"Key": "owner", "Value": "ml"}]}},
	})
	found(rule.violations) == {["TG-GOV-002", ["Resources", "Files", "Properties", "FileSystemTags"]]} with input as t with data.params.governance.required_tags as required
}

test_values_computed_at_deploy_time if {
	t := template({
		"Ref": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [{"Key": "owner", "Value": {"Ref": "Owner"}}, {"Key": "cost-center", "Value": {"Fn::ImportValue": "cc"}}]}},
		"Key": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [{"Key": {"Ref": "TagKey"}, "Value": "x"}]}},
		"If": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": {"Fn::If": ["Prod", [], []]}}},
	})
	count(rule.violations) == 0 with input as t with data.params.governance.required_tags as required
}

test_nothing_is_required_by_default if {
	count(rule.violations) == 0 with input as template({"B": {"Type": "AWS::S3::Bucket"}})
}
