# The CloudFormation part of TG-AWS-055 (METADATA in policies/terraform/aws_iam_access_key.rego).

# METADATA
# custom:
#   id: TG-AWS-055
package tollgate.rules.cloudformation.aws_iam_access_key

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

violations contains result.violation(rego.metadata.chain(), r.path, msg) if {
	some r in cfn.resources
	r.type == "AWS::IAM::AccessKey"
	object.get(r.properties, "Status", "Active") == "Active"
	msg := concat("", ["AWS::IAM::AccessKey '", r.id, "' creates a long-lived access key for an IAM user"])
}
