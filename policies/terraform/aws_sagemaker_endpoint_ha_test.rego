package tollgate.rules.terraform.aws_sagemaker_endpoint_ha_test

import data.tollgate.rules.terraform.aws_sagemaker_endpoint_ha as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

doc(resources) := {"resource": {type: {r.name: r | some r in resources; r.type == type} | some type in {r.type | some r in resources}}}

config(tags, variant) := res("aws_sagemaker_endpoint_configuration", "scoring", {"name": "scoring", "tags": tags, "production_variants": [variant]})

single := {"variant_name": "primary", "model_name": "m", "instance_type": "ml.m5.large", "initial_instance_count": 1}

prod := {"environment": "production"}

count_path := ["resource", "aws_sagemaker_endpoint_configuration", "scoring", "config", "production_variants", 0, "initial_instance_count"]

test_single_instance_production_variant_is_flagged_at_the_count if {
	vs := rule.violations with input as doc([config(prod, single)])
	found(vs) == {["TG-AWS-030", count_path]}
	some v in vs
	v.msg == "aws_sagemaker_endpoint_configuration 'scoring' is production, but its variant \"primary\" runs on 1 instance with nothing that scales it to two"
}

test_not_production_is_not_reported if {
	count(rule.violations) == 0 with input as doc([config({"environment": "staging"}, single)])
	count(rule.violations) == 0 with input as doc([config(ref("var.tags"), single)])
	count(rule.violations) == 0 with input as doc([config({"environment": ref("var.env")}, single)])
}

test_production_through_the_endpoint_or_default_tags if {
	endpoint := res("aws_sagemaker_endpoint", "scoring", {"endpoint_config_name": ref("aws_sagemaker_endpoint_configuration.scoring.name"), "tags": {"Env": "Prod"}})
	count(rule.violations) == 1 with input as doc([config({}, single), endpoint])
	other := res("aws_sagemaker_endpoint", "scoring", {"endpoint_config_name": ref("aws_sagemaker_endpoint_configuration.other.name"), "tags": {"Env": "Prod"}})
	count(rule.violations) == 0 with input as doc([config({}, single), other])
	providers := {"aws": [{"default_tags": [{"tags": {"stage": "prod"}}]}]}
	count(rule.violations) == 1 with input as object.union(doc([config({}, single)]), {"provider": providers})
}

test_two_instances_serverless_unknown_or_managed_scaling_pass if {
	count(rule.violations) == 0 with input as doc([config(prod, object.union(single, {"initial_instance_count": 2}))])
	count(rule.violations) == 0 with input as doc([config(prod, object.union(single, {"initial_instance_count": ref("var.instances")}))])
	count(rule.violations) == 0 with input as doc([config(prod, {"model_name": "m", "serverless_config": [{"max_concurrency": 5, "memory_size_in_mb": 2048}]})])
	count(rule.violations) == 0 with input as doc([config(prod, object.union(single, {"managed_instance_scaling": [{"min_instance_count": 2, "max_instance_count": 4}]}))])
	count(rule.violations) == 1 with input as doc([config(prod, object.union(single, {"managed_instance_scaling": [{"min_instance_count": 1, "max_instance_count": 4}]}))])
}

endpoint := res("aws_sagemaker_endpoint", "scoring", {"name": "scoring", "endpoint_config_name": ref("aws_sagemaker_endpoint_configuration.scoring.name")})

target(resource_id, min) := res("aws_appautoscaling_target", "scoring", {
	"service_namespace": "sagemaker", "scalable_dimension": "sagemaker:variant:DesiredInstanceCount",
	"resource_id": resource_id, "min_capacity": min, "max_capacity": 6,
})

test_autoscaling_companion_is_honoured if {
	by_ref := {"__unknown__": true, "expr": "\"endpoint/${aws_sagemaker_endpoint.scoring.name}/variant/primary\"", "refs": ["aws_sagemaker_endpoint.scoring.name"]}
	count(rule.violations) == 0 with input as doc([config(prod, single), endpoint, target(by_ref, 2)])
	count(rule.violations) == 0 with input as doc([config(prod, single), endpoint, target("endpoint/scoring/variant/primary", 2)])
	count(rule.violations) == 0 with input as doc([config(prod, single), endpoint, target(ref("var.resource_id"), ref("var.min"))])
	count(rule.violations) == 1 with input as doc([config(prod, single), endpoint, target("endpoint/scoring/variant/primary", 1)])
	count(rule.violations) == 1 with input as doc([config(prod, single), endpoint, target("endpoint/other/variant/primary", 2)])
	other_ref := {"__unknown__": true, "expr": "\"endpoint/${aws_sagemaker_endpoint.other.name}/variant/primary\"", "refs": ["aws_sagemaker_endpoint.other.name"]}
	count(rule.violations) == 1 with input as doc([config(prod, single), endpoint, target(other_ref, 2)])
}
