# The CloudFormation part of TG-AWS-047 (METADATA in policies/terraform/aws_ecr_scan_on_push.rego).

# METADATA
# custom:
#   id: TG-AWS-047
package tollgate.rules.cloudformation.aws_ecr_scan_on_push

import data.tollgate.lib.aws
import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.values

repositories contains r if {
	some r in cfn.resources
	r.type == "AWS::ECR::Repository"
}

registry_scanned(_) if data.params.aws.ecr_registry_scanning

registry_scanned(repo) if {
	some c in cfn.resources
	c.type == "AWS::ECR::RegistryScanningConfiguration"
	some rule in rules_of(c.properties)
	not object.get(rule, "ScanFrequency", "MANUAL") == "MANUAL"
	some f in filters_of(rule)
	matches(f, object.get(repo.properties, "RepositoryName", null))
}

# Rules and filters; an intrinsic in their place stands for one that may match.
rules_of(props) := props.Rules if is_array(props.Rules)

else := [{"ScanFrequency": "unknown", "RepositoryFilters": [{}]}] if cfn.intrinsic(props.Rules)

else := []

filters_of(rule) := rule.RepositoryFilters if is_array(rule.RepositoryFilters)

else := [{}]

matches(f, _) if not is_string(f.Filter)

matches(f, name) if {
	is_string(f.Filter)
	not is_string(name)
}

matches(f, name) if {
	is_string(f.Filter)
	is_string(name)
	aws.wildcard_match(f.Filter, name)
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties"]), msg) if {
	some r in repositories
	not registry_scanned(r)
	not cfn.has(r.properties, "ImageScanningConfiguration")
	msg := concat("", ["ECR repository '", r.id, "' has no ImageScanningConfiguration, so pushed images are not scanned"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "ImageScanningConfiguration"]), msg) if {
	some r in repositories
	not registry_scanned(r)
	s := r.properties.ImageScanningConfiguration
	is_object(s)
	not cfn.intrinsic(s)
	not cfn.has(s, "ScanOnPush")
	msg := concat("", ["ECR repository '", r.id, "' does not set ScanOnPush, which defaults to false"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "ImageScanningConfiguration", "ScanOnPush"]), msg) if {
	some r in repositories
	not registry_scanned(r)
	values.falsy(r.properties.ImageScanningConfiguration.ScanOnPush)
	msg := concat("", ["ECR repository '", r.id, "' sets ScanOnPush to false"])
}
