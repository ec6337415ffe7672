package tollgate.rules.cloudformation.aws_ecr_immutable_tags_test

import data.tollgate.rules.cloudformation.aws_ecr_immutable_tags as rule

found(vs) := {[v.rule, v.path] | some v in vs}

repo(props) := {"Resources": {"Trainer": {"Type": "AWS::ECR::Repository", "Properties": props}}}

test_missing_is_flagged_on_the_properties if {
	vs := rule.violations with input as repo({"RepositoryName": "ml/trainer"})
	found(vs) == {["TG-AWS-048", ["Resources", "Trainer", "Properties"]]}
	some v in vs
	v.msg == "ECR repository 'Trainer' does not set ImageTagMutability, which defaults to MUTABLE"
}

test_mutable_is_flagged_at_the_property if {
	found(rule.violations) == {["TG-AWS-048", ["Resources", "Trainer", "Properties", "ImageTagMutability"]]} with input as repo({"ImageTagMutability": "MUTABLE"})
}

test_immutable_and_intrinsic_pass if {
	count(rule.violations) == 0 with input as repo({"ImageTagMutability": "IMMUTABLE"})
	count(rule.violations) == 0 with input as repo({"ImageTagMutability": {"Fn::If": ["IsProd", "IMMUTABLE", "MUTABLE"]}})
}
