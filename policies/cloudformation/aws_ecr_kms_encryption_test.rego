package tollgate.rules.cloudformation.aws_ecr_kms_encryption_test

import data.tollgate.rules.cloudformation.aws_ecr_kms_encryption as rule

found(vs) := {[v.rule, v.path] | some v in vs}

repo(props) := {"Resources": {"Trainer": {"Type": "AWS::ECR::Repository", "Properties": props}}}

test_missing_is_flagged_on_the_properties if {
	vs := rule.violations with input as repo({"RepositoryName": "ml/trainer"})
	found(vs) == {["TG-AWS-049", ["Resources", "Trainer", "Properties"]]}
	some v in vs
	v.msg == "ECR repository 'Trainer' has no EncryptionConfiguration, so its images are encrypted with AES256, not KMS"
}

test_aes256_is_flagged_at_the_property if {
	found(rule.violations) == {["TG-AWS-049", ["Resources", "Trainer", "Properties", "EncryptionConfiguration", "EncryptionType"]]} with input as repo({"EncryptionConfiguration": {"EncryptionType": "AES256"}})
}

test_kms_and_intrinsic_pass if {
	count(rule.violations) == 0 with input as repo({"EncryptionConfiguration": {"EncryptionType": "KMS", "KmsKey": {"Ref": "Key"}}})
	count(rule.violations) == 0 with input as repo({"EncryptionConfiguration": {"EncryptionType": {"Ref": "Type"}}})
	count(rule.violations) == 0 with input as repo({"EncryptionConfiguration": {"Fn::If": ["C", {}, {}]}})
}
