# The CloudFormation part of TG-AWS-051 (METADATA in policies/terraform/aws_instance_public_ip.rego).

# METADATA
# custom:
#   id: TG-AWS-051
package tollgate.rules.cloudformation.aws_instance_public_ip

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result
import data.tollgate.lib.values

# The network interfaces of instances and launch templates, with their paths.
interfaces contains {"nic": nic, "path": array.concat(r.path, ["Properties", "NetworkInterfaces", i]), "r": r} if {
	some r in cfn.resources
	r.type == "AWS::EC2::Instance"
	some i, nic in r.properties.NetworkInterfaces
}

interfaces contains {"nic": nic, "path": array.concat(r.path, ["Properties", "LaunchTemplateData", "NetworkInterfaces", i]), "r": r} if {
	some r in cfn.resources
	r.type == "AWS::EC2::LaunchTemplate"
	some i, nic in r.properties.LaunchTemplateData.NetworkInterfaces
}

violations contains result.violation(rego.metadata.chain(), array.concat(n.path, ["AssociatePublicIpAddress"]), msg) if {
	some n in interfaces
	values.truthy(n.nic.AssociatePublicIpAddress)
	msg := concat("", [n.r.type, " '", n.r.id, "' gives its network interface a public IP address (AssociatePublicIpAddress: true)"])
}

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["Properties", "AssociatePublicIpAddress"]), msg) if {
	some r in cfn.resources
	r.type == "AWS::AutoScaling::LaunchConfiguration"
	values.truthy(r.properties.AssociatePublicIpAddress)
	msg := concat("", [r.type, " '", r.id, "' sets AssociatePublicIpAddress to true"])
}
