package tollgate.terraform_test

import data.tollgate.terraform

res(type, name, cfg) := {"address": concat(".", [type, name]), "type": type, "name": name, "mode": "managed", "module": "", "config": cfg}

careless := {"resource": {
	"aws_s3_bucket": {"raw": res("aws_s3_bucket", "raw", {"bucket": "acme-raw"})},
	"aws_sagemaker_notebook_instance": {"nb": res("aws_sagemaker_notebook_instance", "nb", {"instance_type": "ml.t3.medium"})},
}}

# A subset, so that a new rule does not have to touch this test.
test_aggregator_collects_rules_of_every_file if {
	vs := terraform.violations with input as careless
	{"TG-AWS-001", "TG-AWS-002", "TG-AWS-003", "TG-AWS-011"} - {v.rule | some v in vs} == set()
}

test_empty_module_is_compliant if {
	count(terraform.violations) == 0 with input as {"resource": {}, "module": {}}
}

test_results_have_the_contract_shape if {
	vs := terraform.violations with input as careless
	count(vs) > 0
	every v in vs {
		object.keys(object.remove(v, ["params"])) == {"rule", "path", "msg"}
		v.path[0] == "resource"
	}
}
