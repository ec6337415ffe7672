package tollgate.rules.cloudformation.aws_sagemaker_domain_network_test

import data.tollgate.rules.cloudformation.aws_sagemaker_domain_network as rule

found(vs) := {[v.rule, v.path] | some v in vs}

template(props) := {"Resources": {"Studio": {"Type": "AWS::SageMaker::Domain", "Properties": props}}}

test_default_and_public_are_flagged if {
	found(rule.violations) == {["TG-AWS-029", ["Resources", "Studio", "Properties"]]} with input as template({"DomainName": "s"})
	found(rule.violations) == {["TG-AWS-029", ["Resources", "Studio", "Properties", "AppNetworkAccessType"]]} with input as template({"AppNetworkAccessType": "PublicInternetOnly"})
}

test_vpc_only_and_intrinsic_pass if {
	count(rule.violations) == 0 with input as template({"AppNetworkAccessType": "VpcOnly"})
	count(rule.violations) == 0 with input as template({"AppNetworkAccessType": {"Fn::If": ["Dev", "PublicInternetOnly", "VpcOnly"]}})
}
