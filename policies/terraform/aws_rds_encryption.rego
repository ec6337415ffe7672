# METADATA
# title: RDS database storage not encrypted
# description: >-
#   RDS and Aurora databases behind ML platforms hold feature stores, experiment metadata
#   (MLflow, Kubeflow Pipelines) and labelled data. Storage, automated backups, snapshots and read
#   replicas are encrypted only if the instance or cluster is created with encryption (Terraform
#   `storage_encrypted`, CloudFormation `StorageEncrypted`, default false), and it cannot be
#   switched on later. Checked: aws_db_instance and aws_rds_cluster (AWS::RDS::DBInstance and
#   AWS::RDS::DBCluster). Not judged on a missing flag: Aurora cluster members (encryption is the
#   cluster's), read replicas, instances and clusters restored from a snapshot or a point in time
#   or joined to a global cluster (encryption follows the source), Aurora Serverless v1 clusters
#   (always encrypted), and resources given a KMS key. Values not known statically are never
#   reported.
# custom:
#   id: TG-AWS-046
#   severity: high
#   owner: infosec
#   remediation: >-
#     Set `storage_encrypted = true` and `kms_key_id = aws_kms_key.<name>.arn` on the
#     aws_db_instance or aws_rds_cluster (CloudFormation: `StorageEncrypted: true` and `KmsKeyId`).
#     An existing unencrypted database is migrated by restoring an encrypted copy of a snapshot.
#   standards:
#     nist-800-53: [SC-28, SC-28(1)]
#     cis-aws: ["2.3.1"]
#   related: [CKV_AWS_16, CKV_AWS_96, AVD-AWS-0080, AVD-AWS-0079]
#   inline_waivers: true
package tollgate.rules.terraform.aws_rds_encryption

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

# Arguments that make a database take its encryption from a source, or from a key.
inheriting := {
	"aws_db_instance": ["replicate_source_db", "snapshot_identifier", "restore_to_point_in_time", "kms_key_id"],
	"aws_rds_cluster": ["snapshot_identifier", "replication_source_identifier", "global_cluster_identifier", "restore_to_point_in_time", "kms_key_id"],
}

databases contains db if {
	some type, _ in inheriting
	some db in tf.resources(type)
	not exempt(db)
}

# An Aurora instance is encrypted by its cluster; an engine not known may be Aurora.
exempt(db) if {
	db.resource.type == "aws_db_instance"
	engine := object.get(db.config, "engine", "")
	not standalone_engine(engine)
}

# Aurora Serverless v1 is always encrypted; an engine mode not known may be it.
exempt(db) if {
	db.resource.type == "aws_rds_cluster"
	mode := object.get(db.config, "engine_mode", "provisioned")
	not mode in {"provisioned", "parallelquery", "multimaster"}
}

standalone_engine(engine) if {
	is_string(engine)
	not startswith(engine, "aurora")
}

inherits(db) if {
	some arg in inheriting[db.resource.type]
	object.get(db.config, arg, null) != null
}

violations contains result.violation(rego.metadata.chain(), db.path, msg) if {
	some db in databases
	object.get(db.config, "storage_encrypted", null) == null
	not inherits(db)
	msg := concat("", [db.label, " does not set storage_encrypted, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(db.path, ["config", "storage_encrypted"]), msg) if {
	some db in databases
	values.falsy(db.config.storage_encrypted)
	msg := concat("", [db.label, " sets storage_encrypted = false"])
}
