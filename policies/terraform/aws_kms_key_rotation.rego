# METADATA
# title: KMS key without automatic rotation
# description: >-
#   A customer-managed key that protects training data, feature stores and model artefacts should
#   get new key material every year (or sooner): rotation limits how much data one compromised key
#   version exposes, and KMS keeps the old versions to decrypt what they encrypted. Rotation is
#   off unless switched on (Terraform `enable_key_rotation`, CloudFormation `EnableKeyRotation`).
#   Only symmetric encryption keys are checked: asymmetric and HMAC keys, keys in a custom key
#   store and keys with imported material cannot rotate automatically. A key spec, usage or flag
#   that is not known statically is never reported.
# custom:
#   id: TG-AWS-043
#   severity: medium
#   owner: infosec
#   remediation: >-
#     Set `enable_key_rotation = true` on the aws_kms_key (optionally `rotation_period_in_days`,
#     90 to 2560; the default is 365). CloudFormation: `EnableKeyRotation: true` on the
#     AWS::KMS::Key (optionally `RotationPeriodInDays`).
#   standards:
#     nist-800-53: [SC-12]
#     cis-aws: ["3.8"]
#   related: [CKV_AWS_7, AVD-AWS-0065]
#   inline_waivers: true
package tollgate.rules.terraform.aws_kms_key_rotation

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

# Keys that can rotate: symmetric encryption keys in KMS's own key store.
rotatable contains k if {
	some k in tf.resources("aws_kms_key")
	object.get(k.config, "customer_master_key_spec", "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
	object.get(k.config, "key_usage", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	object.get(k.config, "custom_key_store_id", null) == null
	object.get(k.config, "xks_key_id", null) == null
}

violations contains result.violation(rego.metadata.chain(), k.path, msg) if {
	some k in rotatable
	object.get(k.config, "enable_key_rotation", null) == null
	msg := concat("", [k.label, " does not set enable_key_rotation, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some k in rotatable
	values.falsy(k.config.enable_key_rotation)
	path := array.concat(k.path, ["config", "enable_key_rotation"])
	msg := concat("", [k.label, " sets enable_key_rotation = false"])
}
