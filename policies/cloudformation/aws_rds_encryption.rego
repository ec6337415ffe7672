# The CloudFormation part of TG-AWS-046 (METADATA in policies/terraform/aws_rds_encryption.rego).

# METADATA
# custom:
#   id: TG-AWS-046
package tollgate.rules.cloudformation.aws_rds_encryption

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.values

# Properties that make a database take its encryption from a source, or from a key.
inheriting := {
	"AWS::RDS::DBInstance": ["DBClusterIdentifier", "SourceDBInstanceIdentifier", "SourceDBClusterIdentifier", "DBSnapshotIdentifier", "SourceDbiResourceId", "KmsKeyId"],
	"AWS::RDS::DBCluster": ["SnapshotIdentifier", "SourceDBClusterIdentifier", "ReplicationSourceIdentifier", "GlobalClusterIdentifier", "KmsKeyId"],
}

labels := {"AWS::RDS::DBInstance": "RDS instance", "AWS::RDS::DBCluster": "RDS cluster"}

databases contains r if {
	some r in cfn.resources
	inheriting[r.type]
	not exempt(r)
}

exempt(r) if {
	r.type == "AWS::RDS::DBInstance"
	not standalone_engine(object.get(r.properties, "Engine", ""))
}

exempt(r) if {
	r.type == "AWS::RDS::DBCluster"
	not object.get(r.properties, "EngineMode", "provisioned") in {"provisioned", "parallelquery", "multimaster"}
}

standalone_engine(engine) if {
	is_string(engine)
	not startswith(lower(engine), "aurora")
}

inherits(r) if {
	some p in inheriting[r.type]
	cfn.has(r.properties, p)
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in databases
	not cfn.has(r.properties, "StorageEncrypted")
	not inherits(r)
	msg := concat("", [labels[r.type], " '", r.id, "' does not set StorageEncrypted, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "StorageEncrypted"]), msg) if {
	some r in databases
	values.falsy(r.properties.StorageEncrypted)
	msg := concat("", [labels[r.type], " '", r.id, "' sets StorageEncrypted to false"])
}
