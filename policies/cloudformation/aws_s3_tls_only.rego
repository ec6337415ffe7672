# The CloudFormation part of TG-AWS-042 (METADATA in policies/terraform/aws_s3_tls_only.rego).

# METADATA
# custom:
#   id: TG-AWS-042
package tollgate.rules.cloudformation.aws_s3_tls_only

import data.tollgate.lib.aws_iam as iam
import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

buckets contains r if {
	some r in cfn.resources
	r.type == "AWS::S3::Bucket"
}

bucket_policies contains r if {
	some r in cfn.resources
	r.type == "AWS::S3::BucketPolicy"
}

# The policy may be the bucket's: by Ref, by the same name, or by a value not known here that is
# not a Ref to another resource.
covers(p, b) if p.properties.Bucket.Ref == b.id

covers(p, b) if p.properties.Bucket == b.properties.BucketName

covers(p, b) if {
	is_string(p.properties.Bucket)
	cfn.intrinsic(b.properties.BucketName)
}

covers(p, _) if {
	target := p.properties.Bucket
	cfn.intrinsic(target)
	not other_resource(target)
}

other_resource(target) if cfn.has(input.Resources, target.Ref)

other_resource(target) if cfn.has(input.Resources, target["Fn::GetAtt"][0])

has_policy(b) if {
	some p in bucket_policies
	covers(p, b)
}

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	some b in buckets
	not has_policy(b)
	msg := concat("", ["S3 bucket '", b.id, "' has no AWS::S3::BucketPolicy, so nothing denies requests made without TLS"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some p in bucket_policies
	doc := iam.document(p.properties.PolicyDocument)
	iam.json_statements_known(doc)
	path := array.concat(p.path, ["Properties", "PolicyDocument"])
	not denies_insecure_transport(iam.json_statements(doc, path))
	msg := concat("", ["S3 bucket policy '", p.id, "' has no Deny on aws:SecureTransport = false, so requests without TLS are allowed"])
}

denies_insecure_transport(statements) if {
	some st in statements
	iam.may_deny_insecure_transport(st)
}
