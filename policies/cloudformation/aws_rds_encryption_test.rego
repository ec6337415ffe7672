package tollgate.rules.cloudformation.aws_rds_encryption_test

import data.tollgate.rules.cloudformation.aws_rds_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

db(type, props) := {"Resources": {"Db": {"Type": type, "Properties": props}}}

test_instance_without_encryption_is_flagged_on_the_properties if {
	vs := rule.violations with input as db("AWS::RDS::DBInstance", {"Engine": "postgres"})
	found(vs) == {["TG-AWS-046", ["Resources", "Db", "Properties"]]}
	some v in vs
	v.msg == "RDS instance 'Db' does not set StorageEncrypted, which defaults to false"
}

test_false_is_flagged_at_the_property if {
	found(rule.violations) == {["TG-AWS-046", ["Resources", "Db", "Properties", "StorageEncrypted"]]} with input as db("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql", "StorageEncrypted": false})
}

test_exempt_and_inheriting_databases if {
	count(rule.violations) == 0 with input as db("AWS::RDS::DBInstance", {"Engine": "aurora-postgresql", "DBClusterIdentifier": {"Ref": "Cluster"}})
	count(rule.violations) == 0 with input as db("AWS::RDS::DBInstance", {"Engine": "postgres", "SourceDBInstanceIdentifier": {"Ref": "Primary"}})
	count(rule.violations) == 0 with input as db("AWS::RDS::DBInstance", {"Engine": {"Ref": "Engine"}})
	count(rule.violations) == 0 with input as db("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "EngineMode": "serverless"})
	count(rule.violations) == 0 with input as db("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "SnapshotIdentifier": "snap"})
	count(rule.violations) == 0 with input as db("AWS::RDS::DBCluster", {"Engine": "aurora-mysql", "StorageEncrypted": {"Ref": "Enc"}})
}
