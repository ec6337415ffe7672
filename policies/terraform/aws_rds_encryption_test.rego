package tollgate.rules.terraform.aws_rds_encryption_test

import data.tollgate.rules.terraform.aws_rds_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

db(type, cfg) := {"resource": {type: {"db": {
	"address": concat(".", [type, "db"]), "type": type, "name": "db",
	"mode": "managed", "module": "", "config": cfg,
}}}}

unknown_var(n) := {"__unknown__": true, "expr": concat(".", ["var", n]), "refs": [concat(".", ["var", n])]}

test_instance_without_encryption_is_flagged_at_its_block if {
	vs := rule.violations with input as db("aws_db_instance", {"engine": "postgres", "instance_class": "db.m6g.large"})
	found(vs) == {["TG-AWS-046", ["resource", "aws_db_instance", "db"]]}
	some v in vs
	v.msg == "aws_db_instance 'db' does not set storage_encrypted, which defaults to false"
}

test_false_is_flagged_at_the_attribute if {
	found(rule.violations) == {["TG-AWS-046", ["resource", "aws_db_instance", "db", "config", "storage_encrypted"]]} with input as db("aws_db_instance", {"engine": "mysql", "storage_encrypted": false})
	found(rule.violations) == {["TG-AWS-046", ["resource", "aws_rds_cluster", "db", "config", "storage_encrypted"]]} with input as db("aws_rds_cluster", {"engine": "aurora-postgresql", "storage_encrypted": false})
}

test_cluster_without_encryption_is_flagged if {
	found(rule.violations) == {["TG-AWS-046", ["resource", "aws_rds_cluster", "db"]]} with input as db("aws_rds_cluster", {"engine": "aurora-postgresql"})
}

test_sources_keys_and_unknowns_are_not_judged if {
	count(rule.violations) == 0 with input as db("aws_db_instance", {"engine": "postgres", "replicate_source_db": "primary"})
	count(rule.violations) == 0 with input as db("aws_db_instance", {"engine": "postgres", "snapshot_identifier": unknown_var("snap")})
	count(rule.violations) == 0 with input as db("aws_db_instance", {"engine": "postgres", "storage_encrypted": unknown_var("enc")})
	count(rule.violations) == 0 with input as db("aws_db_instance", {"engine": unknown_var("engine")})
	count(rule.violations) == 0 with input as db("aws_rds_cluster", {"engine": "aurora-mysql", "global_cluster_identifier": "g"})
	count(rule.violations) == 0 with input as db("aws_rds_cluster", {"engine": "aurora-mysql", "kms_key_id": unknown_var("key")})
}

test_aurora_members_and_serverless_v1_are_exempt if {
	count(rule.violations) == 0 with input as db("aws_db_instance", {"engine": "aurora-postgresql"})
	count(rule.violations) == 0 with input as db("aws_rds_cluster", {"engine": "aurora-mysql", "engine_mode": "serverless"})
	count(rule.violations) == 0 with input as db("aws_rds_cluster", {"engine": "aurora-mysql", "engine_mode": unknown_var("mode")})
}

test_encrypted_passes if {
	count(rule.violations) == 0 with input as db("aws_db_instance", {"engine": "postgres", "storage_encrypted": true})
	count(rule.violations) == 0 with input as db("aws_rds_cluster", {"engine": "aurora-postgresql", "storage_encrypted": true})
}
