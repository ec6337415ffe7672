# The CloudFormation part of TG-AWS-001 (METADATA in policies/terraform/aws_s3_encryption.rego).

# METADATA
# custom:
#   id: TG-AWS-001
package tollgate.rules.cloudformation.aws_s3_encryption

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

buckets contains r if {
	some r in cfn.resources
	r.type == "AWS::S3::Bucket"
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in buckets
	not cfn.has(r.properties, "BucketEncryption")
	msg := concat("", ["S3 bucket '", r.id, "' has no BucketEncryption, so it has no default encryption with a KMS key"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	data.params.aws.s3_require_kms
	some r in buckets
	some i, rule in r.properties.BucketEncryption.ServerSideEncryptionConfiguration
	alg := rule.ServerSideEncryptionByDefault.SSEAlgorithm
	is_string(alg)
	not startswith(alg, "aws:kms")
	path := array.concat(r.path, ["Properties", "BucketEncryption", "ServerSideEncryptionConfiguration", i, "ServerSideEncryptionByDefault", "SSEAlgorithm"])
	msg := concat("", ["S3 bucket '", r.id, "' encrypts with ", json.marshal(alg), " (S3-managed keys) instead of a KMS key"])
}
