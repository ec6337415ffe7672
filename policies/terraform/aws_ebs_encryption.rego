# METADATA
# title: EBS volume not encrypted
# description: >-
#   The EBS volumes of ML compute (training instances, notebook hosts, GPU node groups) hold
#   datasets, checkpoints and cached credentials; a snapshot or a detached volume of an
#   unencrypted disk can be read by anyone who can copy it. Every volume must be encrypted:
#   aws_ebs_volume `encrypted`, the `root_block_device` and `ebs_block_device` of aws_instance and
#   aws_launch_configuration (a missing root_block_device leaves the root volume to the AMI, so it
#   is reported at the resource), and the `ebs` of each aws_launch_template `block_device_mappings`
#   (CloudFormation: AWS::EC2::Volume `Encrypted`, the `Ebs` of the `BlockDeviceMappings` of
#   AWS::EC2::Instance, AWS::EC2::LaunchTemplate and AWS::AutoScaling::LaunchConfiguration).
#   `encrypted` defaults to false; a volume created from a snapshot or given a KMS key is not
#   judged on a missing flag, and nothing is reported when EBS encryption by default is on: an
#   aws_ebs_encryption_by_default in the same Terraform module, or, for the whole account,
#   `parameters.aws.ebs_encryption_by_default: true`. Values not known statically are never
#   reported.
# custom:
#   id: TG-AWS-044
#   severity: high
#   owner: infosec
#   remediation: >-
#     Set `encrypted = true` (and `kms_key_id` to a customer-managed key) on the volume or block
#     device (launch templates: `ebs { encrypted = "true" }`); CloudFormation: `Encrypted: true`
#     and `KmsKeyId`. Better, turn on EBS encryption by default for the account and region
#     (`resource "aws_ebs_encryption_by_default" { enabled = true }`) and then set
#     `parameters.aws.ebs_encryption_by_default: true`.
#   standards:
#     nist-800-53: [SC-28, SC-28(1)]
#     cis-aws: ["2.2.1"]
#   related: [CKV_AWS_3, CKV_AWS_8, AVD-AWS-0026, AVD-AWS-0131, AVD-AWS-0008]
#   inline_waivers: true
package tollgate.rules.terraform.aws_ebs_encryption

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

# EBS encryption by default: for the account (a parameter), or set in this module.
by_default if data.params.aws.ebs_encryption_by_default

by_default if {
	some d in tf.resources("aws_ebs_encryption_by_default")
	not values.falsy(object.get(d.config, "enabled", true))
}

# Every declared volume: {"body", "path" (of the body), "at" (where a missing flag is reported),
# "what" (for messages)}.
volumes contains {"body": v.config, "path": array.concat(v.path, ["config"]), "at": v.path, "what": v.label} if {
	some v in tf.resources("aws_ebs_volume")
}

volumes contains {"body": d.block, "path": path, "at": path, "what": concat("", [r.label, " ", kind])} if {
	some type in ["aws_instance", "aws_launch_configuration"]
	some r in tf.resources(type)
	some kind in ["root_block_device", "ebs_block_device"]
	some d in tf.blocks(r.config, kind)
	path := array.concat(array.concat(r.path, ["config"]), d.path)
}

volumes contains {"body": e.block, "path": path, "at": path, "what": concat("", [t.label, " block_device_mappings ebs"])} if {
	some t in tf.resources("aws_launch_template")
	some m in tf.blocks(t.config, "block_device_mappings")
	some e in tf.blocks(m.block, "ebs")
	path := array.concat(array.concat(array.concat(t.path, ["config"]), m.path), e.path)
}

# A volume whose encryption comes from elsewhere when the flag is missing.
inherits(body) if object.get(body, "snapshot_id", null) != null

inherits(body) if object.get(body, "kms_key_id", null) != null

violations contains result.violation(rego.metadata.chain(), v.at, msg) if {
	not by_default
	some v in volumes
	object.get(v.body, "encrypted", null) == null
	not inherits(v.body)
	msg := concat("", [v.what, " does not set encrypted, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(v.path, ["encrypted"]), msg) if {
	not by_default
	some v in volumes
	values.falsy(v.body.encrypted)
	msg := concat("", [v.what, " sets encrypted = false"])
}

# No root_block_device: the root volume is encrypted only if the AMI's snapshot is.
violations contains result.violation(rego.metadata.chain(), r.path, msg) if {
	not by_default
	some type in ["aws_instance", "aws_launch_configuration"]
	some r in tf.resources(type)
	count(tf.blocks(r.config, "root_block_device")) == 0
	msg := concat("", [r.label, " has no root_block_device with encrypted = true, so its root volume is encrypted only if its AMI is"])
}
