# METADATA
# title: S3 bucket policy does not deny requests without TLS
# description: >-
#   S3 answers plain HTTP as well as HTTPS unless the bucket policy says otherwise, so a
#   misconfigured client or SDK endpoint can move training data and model artefacts in clear text.
#   Every bucket needs a bucket policy with a Deny statement on the condition `aws:SecureTransport`
#   = false (or `s3:TlsVersion` below a minimum). In Terraform the policy is an aws_s3_bucket_policy
#   that references the bucket (by reference or literal name; one whose target cannot be resolved
#   is assumed to cover it) or the inline `policy` of provider v3; its document may be a literal
#   JSON string, a jsonencode(...) of known values or a `data "aws_iam_policy_document"` of the same
#   module. In CloudFormation it is an AWS::S3::BucketPolicy whose `Bucket` names the bucket. A
#   bucket with no policy is reported at the bucket; a policy whose document is known and has no
#   such Deny is reported at the document.
#   Documents not known statically (a jsonencode(...) of values known only at plan time, such as
#   the bucket's ARN; a merged or imported document; an intrinsic) are never reported.
# custom:
#   id: TG-AWS-042
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Add a statement `{"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*",
#     "Action": "s3:*", "Resource": ["<bucket ARN>", "<bucket ARN>/*"], "Condition": {"Bool":
#     {"aws:SecureTransport": "false"}}}` to the bucket's policy: in Terraform in the
#     aws_s3_bucket_policy (or the aws_iam_policy_document it uses, as a `condition { test =
#     "Bool", variable = "aws:SecureTransport", values = ["false"] }`), in CloudFormation in the
#     AWS::S3::BucketPolicy's PolicyDocument.
#   standards:
#     nist-800-53: [SC-8, SC-8(1)]
#     cis-aws: ["2.1.2"]
#   related: [s3_bucket_secure_transport_policy]
#   inline_waivers: true
package tollgate.rules.terraform.aws_s3_tls_only

import data.tollgate.lib.aws_iam as iam
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

companion := "aws_s3_bucket_policy"

has_policy(b) if count(tf.companions(b, companion)) > 0

has_policy(b) if object.get(b.config, "policy", null) != null

violations contains result.violation(rego.metadata.chain(), b.path, msg) if {
	some b in tf.resources("aws_s3_bucket")
	not has_policy(b)
	msg := concat("", [b.label, " has no bucket policy, so nothing denies requests made without TLS: no ", companion, " references it"])
}

# The policy documents of the unit whose statements are all known, with where to report them.
documents contains {"path": path, "label": c.label, "via": "", "statements": iam.json_statements(doc, path)} if {
	some c in tf.resources(companion)
	doc := iam.document(c.config.policy)
	iam.json_statements_known(doc)
	path := array.concat(c.path, ["config", "policy"])
}

documents contains {"path": path, "label": c.label, "via": via, "statements": iam.data_source_statements(d)} if {
	some c in tf.resources(companion)
	d := iam.referenced_document(c.config.policy, c.resource)
	iam.self_contained(d)
	path := array.concat(c.path, ["config", "policy"])
	via := concat("", [" (its document is data.aws_iam_policy_document.", d.resource.name, ")"])
}

# The inline policy of provider v3, unless a companion sets the bucket's policy.
documents contains {"path": path, "label": b.label, "via": "", "statements": iam.json_statements(doc, path)} if {
	some b in tf.resources("aws_s3_bucket")
	count(tf.companions(b, companion)) == 0
	doc := iam.document(b.config.policy)
	iam.json_statements_known(doc)
	path := array.concat(b.path, ["config", "policy"])
}

denies_insecure_transport(d) if {
	some st in d.statements
	iam.may_deny_insecure_transport(st)
}

violations contains result.violation(rego.metadata.chain(), d.path, msg) if {
	some d in documents
	not denies_insecure_transport(d)
	msg := concat("", [d.label, " has a bucket policy without a Deny on aws:SecureTransport = false, so requests without TLS are allowed", d.via])
}
