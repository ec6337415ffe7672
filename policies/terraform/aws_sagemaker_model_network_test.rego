package tollgate.rules.terraform.aws_sagemaker_model_network_test

import data.tollgate.rules.terraform.aws_sagemaker_model_network as rule

found(vs) := {[v.rule, v.path] | some v in vs}

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

ref(r) := {"__unknown__": true, "expr": r, "refs": [r], "ref": r}

doc(models, configs) := {"resource": {
	"aws_sagemaker_model": {m.name: m | some m in models},
	"aws_sagemaker_endpoint_configuration": {c.name: c | some c in configs},
}}

model(cfg) := res("aws_sagemaker_model", "scoring", object.union({"name": "scoring", "primary_container": [{"image": "i"}]}, cfg))

vpc := {"vpc_config": [{"subnets": ["s"], "security_group_ids": ["g"]}]}

path := ["resource", "aws_sagemaker_model", "scoring"]

test_open_model_gets_two_findings if {
	vs := rule.violations with input as doc([model({})], [])
	found(vs) == {["TG-AWS-028", path]}
	{v.msg | some v in vs} == {
		"aws_sagemaker_model 'scoring' does not set enable_network_isolation, so its containers can open connections to anywhere",
		"aws_sagemaker_model 'scoring' has no vpc_config, so it runs outside the organisation's VPC",
	}
}

test_isolation_off_lands_on_the_attribute if {
	vs := rule.violations with input as doc([model(object.union(vpc, {"enable_network_isolation": false}))], [])
	found(vs) == {["TG-AWS-028", array.concat(path, ["config", "enable_network_isolation"])]}
}

test_isolated_model_in_a_vpc_passes if {
	count(rule.violations) == 0 with input as doc([model(object.union(vpc, {"enable_network_isolation": true}))], [])
	count(rule.violations) == 0 with input as doc([model(object.union(vpc, {"enable_network_isolation": ref("var.isolate")}))], [])
}

serverless(model_name) := res("aws_sagemaker_endpoint_configuration", "sl", {"production_variants": [{"model_name": model_name, "serverless_config": [{"max_concurrency": 1, "memory_size_in_mb": 2048}]}]})

instances(model_name) := res("aws_sagemaker_endpoint_configuration", "rt", {"production_variants": [{"model_name": model_name, "instance_type": "ml.m5.large", "initial_instance_count": 2}]})

test_models_served_serverless_are_exempt if {
	count(rule.violations) == 0 with input as doc([model({})], [serverless(ref("aws_sagemaker_model.scoring.name"))])
	count(rule.violations) == 0 with input as doc([model({})], [serverless("scoring")])
	count(rule.violations) == 0 with input as doc([model({})], [serverless(ref("var.model_name"))])
	count(rule.violations) == 2 with input as doc([model({})], [serverless(ref("aws_sagemaker_model.other.name"))])
	count(rule.violations) == 2 with input as doc([model({})], [instances(ref("aws_sagemaker_model.scoring.name"))])
}
