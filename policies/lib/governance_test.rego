package tollgate.lib.governance_test

import data.tollgate.lib.governance as gov

test_listed_globs_ignore_case_and_underscores if {
	gov.listed(["ml.g5.*"], "ML.G5.12XLARGE")
	gov.listed(["eu-*"], "eu-west-1")
	gov.listed(["nvidia-tesla-t4"], "NVIDIA_TESLA_T4")
	gov.listed(["Standard_NC*as_T4_v3"], "Standard_NC4as_T4_v3")
	not gov.listed(["ml.g5.*"], "ml.g4dn.xlarge")
	not gov.listed([], "eu-west-1")
	not gov.listed(["eu-*"], {"__unknown__": true})
}

test_tag_keys if {
	gov.tag_key("Cost Center") == "costcenter"
	gov.tag_key("cost_center") == gov.tag_key("cost-center")
	gov.missing(["owner", "cost-center", "env"], {"Owner": "x", "CostCenter": "", "env": {"__unknown__": true}}) == ["cost-center"]
	gov.missing(["owner"], {"owner": null}) == ["owner"]
}

test_cfn_tags if {
	gov.cfn_tags([{"Key": "a", "Value": "1"}, {"Key": "b"}]) == {"a": "1", "b": null}
	gov.cfn_tags({"a": "1"}) == {"a": "1"}
	gov.cfn_tags([]) == {}
	not gov.cfn_tags([{"Key": {"Ref": "K"}, "Value": "1"}])
	not gov.cfn_tags({"Fn::If": ["C", [], []]})
}

res(provider) := {"type": "aws_s3_bucket", "name": "b", "provider": provider}

test_default_tags if {
	providers := {"aws": [{"default_tags": [{"tags": {"a": "1"}}, {"tags": {"b": "2"}}]}, {"alias": "bare"}]}
	gov.default_tags({"type": "aws_s3_bucket"}) == {"a": "1", "b": "2"} with input as {"provider": providers}
	gov.default_tags(res("aws.bare")) == {} with input as {"provider": providers}
	not gov.default_tags(res("aws.other")) with input as {"provider": providers}
	not gov.default_tags({"type": "aws_s3_bucket"}) with input as {"provider": {}}
	gov.default_tags({"type": "aws_s3_bucket"}) == {} with input as {"provider": {}, "terraform": [{"backend": [{}]}]}
	not gov.default_tags({"type": "aws_s3_bucket"}) with input as {"provider": {"aws": [{"default_tags": [{"tags": {"__unknown__": true}}]}]}}
}

test_default_labels if {
	gov.default_labels({"type": "google_storage_bucket"}) == {"team": "ml"} with input as {"provider": {"google": [{"default_labels": {"team": "ml"}}]}}
	gov.default_labels(res("google-beta")) == {} with input as {"provider": {"google-beta": [{"project": "p"}]}}
	gov.default_labels({"type": "google_storage_bucket"}) == {} with input as {"provider": {}, "terraform": [{"cloud": [{}]}]}
}
