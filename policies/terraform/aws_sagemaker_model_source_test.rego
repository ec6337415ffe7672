package tollgate.rules.terraform.aws_sagemaker_model_source_test

import data.tollgate.rules.terraform.aws_sagemaker_model_source as rule

found(vs) := {[v.rule, v.path] | some v in vs}

model(cfg) := {"resource": {"aws_sagemaker_model": {"scoring": {
	"address": "aws_sagemaker_model.scoring", "type": "aws_sagemaker_model",
	"name": "scoring", "mode": "managed", "module": "", "config": cfg,
}}}}

base := ["resource", "aws_sagemaker_model", "scoring", "config"]

ecr := "111122223333.dkr.ecr.eu-west-1.amazonaws.com/"

image := concat("", [ecr, "scoring:1.4.2"])

test_empty_lists_approve_every_source if {
	count(rule.violations) == 0 with input as model({"primary_container": [{"image": "ghcr.io/someone/server:2.1", "model_data_url": "s3://anyone/m.tar.gz"}]})
}

test_unapproved_buckets_are_flagged_at_the_uri if {
	cfg := {
		"primary_container": [{"image": image, "model_data_url": "s3://personal-bucket/m.tar.gz"}],
		"container": [
			{"image": image, "model_data_url": "s3://acme-models/ok.tar.gz"},
			{"image": image, "model_data_source": [{"s3_data_source": [{"s3_uri": "s3://hf-mirror/llm/", "s3_data_type": "S3Prefix"}]}]},
		],
	}
	vs := rule.violations with input as model(cfg) with data.params.aws.approved_model_buckets as ["acme-models"]
	found(vs) == {
		["TG-AWS-032", array.concat(base, ["primary_container", 0, "model_data_url"])],
		["TG-AWS-032", array.concat(base, ["container", 1, "model_data_source", 0, "s3_data_source", 0, "s3_uri"])],
	}
	"aws_sagemaker_model 'scoring' loads its model artefact from s3://personal-bucket/m.tar.gz, which is not in an approved model bucket (acme-models)" in {v.msg | some v in vs}
}

test_bucket_prefixes_and_unknown_uris if {
	approved := ["s3://acme-shared/models/"]
	count(rule.violations) == 0 with input as model({"primary_container": [{"model_data_url": "s3://acme-shared/models/a.tar.gz"}]}) with data.params.aws.approved_model_buckets as approved
	count(rule.violations) == 1 with input as model({"primary_container": [{"model_data_url": "s3://acme-shared/scratch/a.tar.gz"}]}) with data.params.aws.approved_model_buckets as approved
	unknown := {"__unknown__": true, "expr": "var.model_url", "refs": ["var.model_url"]}
	count(rule.violations) == 0 with input as model({"primary_container": [{"model_data_url": unknown}]}) with data.params.aws.approved_model_buckets as approved
}

test_unapproved_registry_is_flagged_at_the_image if {
	cfg := {"primary_container": [{"image": "docker.io/library/python:3.12"}], "container": [{"image": image}]}
	vs := rule.violations with input as model(cfg) with data.params.governance.approved_registries as [ecr]
	found(vs) == {["TG-AWS-032", array.concat(base, ["primary_container", 0, "image"])]}
	some v in vs
	v.msg == concat("", ["aws_sagemaker_model 'scoring' runs the image docker.io/library/python:3.12, which is not from an approved registry (", ecr, ")"])
}

test_moving_tags_are_flagged_whatever_the_registry if {
	vs := rule.violations with input as model({"primary_container": [{"image": concat("", [ecr, "scoring:latest"])}], "container": [{"image": concat("", [ecr, "scoring"])}]})
	found(vs) == {
		["TG-AWS-032", array.concat(base, ["primary_container", 0, "image"])],
		["TG-AWS-032", array.concat(base, ["container", 0, "image"])],
	}
	"aws_sagemaker_model 'scoring' runs the image 111122223333.dkr.ecr.eu-west-1.amazonaws.com/scoring:latest without a version tag or digest, so the model can change without a new release" in {v.msg | some v in vs}
}

test_pinned_unknown_and_model_packages_pass if {
	count(rule.violations) == 0 with input as model({"primary_container": [{"image": concat("", [ecr, "scoring@sha256:0b5c7c3e2f4a4c1b9d7e3f2a1b0c9d8e0b5c7c3e2f4a4c1b9d7e3f2a1b0c9d8e"])}]})
	count(rule.violations) == 0 with input as model({"primary_container": [{"image": "registry.acme.internal:5000/scoring:2.0"}]})
	unknown := {"__unknown__": true, "expr": "data.aws_sagemaker_prebuilt_ecr_image.xgb.registry_path", "refs": ["data.aws_sagemaker_prebuilt_ecr_image.xgb.registry_path"]}
	count(rule.violations) == 0 with input as model({"primary_container": [{"image": unknown}]}) with data.params.governance.approved_registries as [ecr]
	count(rule.violations) == 0 with input as model({"primary_container": [{"model_package_name": "arn:aws:sagemaker:eu-west-1:111122223333:model-package/churn/3"}]}) with data.params.governance.approved_registries as [ecr]
}

test_registry_with_a_port_and_no_tag_is_moving if {
	count(rule.violations) == 1 with input as model({"primary_container": [{"image": "registry.acme.internal:5000/scoring"}]})
}
