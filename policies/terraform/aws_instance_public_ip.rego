# METADATA
# title: EC2 compute with a public IP address
# description: >-
#   Training hosts, GPU workers and notebook hosts belong in private subnets behind NAT and VPC
#   endpoints; a public IP address puts every listening port (Jupyter, TensorBoard, Ray's
#   dashboard, SSH) one security-group mistake away from the internet. Reported where a public
#   address is asked for explicitly: `associate_public_ip_address = true` on aws_instance and
#   aws_launch_configuration and in the `network_interfaces` of aws_launch_template
#   (CloudFormation: `AssociatePublicIpAddress: true` in the NetworkInterfaces of
#   AWS::EC2::Instance and AWS::EC2::LaunchTemplate, and on AWS::AutoScaling::LaunchConfiguration).
#   When the argument is left out the subnet decides, which is not known from the resource, so
#   that is not reported; neither is a value not known statically.
# custom:
#   id: TG-AWS-051
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     Remove `associate_public_ip_address = true` (or set it to false) and launch into private
#     subnets; reach the hosts with SSM Session Manager, expose services through a load balancer,
#     and set `map_public_ip_on_launch = false` on the subnets of ML compute.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: [CKV_AWS_88, AVD-AWS-0009]
#   inline_waivers: true
package tollgate.rules.terraform.aws_instance_public_ip

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

violations contains result.violation(rego.metadata.chain(), array.concat(r.path, ["config", "associate_public_ip_address"]), msg) if {
	some type in ["aws_instance", "aws_launch_configuration"]
	some r in tf.resources(type)
	values.truthy(r.config.associate_public_ip_address)
	msg := concat("", [r.label, " sets associate_public_ip_address = true"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some t in tf.resources("aws_launch_template")
	some n in tf.blocks(t.config, "network_interfaces")
	values.truthy(n.block.associate_public_ip_address)
	path := array.concat(array.concat(t.path, ["config"]), array.concat(n.path, ["associate_public_ip_address"]))
	msg := concat("", [t.label, " gives its network interface a public IP address (associate_public_ip_address = true)"])
}
