# METADATA
# title: Security group open to the internet on admin ports or all ports
# description: >-
#   SSH and RDP on training hosts and notebook instances are the first thing scanners find:
#   brute force, leaked keys and unpatched daemons turn them into a way into the VPC that holds the
#   data. No security group rule may allow ingress from 0.0.0.0/0 or ::/0 to all ports (protocol
#   -1 / all) or to a port range that includes an administration port (by default 22 and 3389;
#   `parameters.aws.admin_ports`). Checked: the inline `ingress` blocks of aws_security_group,
#   aws_security_group_rule of type ingress and aws_vpc_security_group_ingress_rule (CloudFormation:
#   the `SecurityGroupIngress` of AWS::EC2::SecurityGroup and AWS::EC2::SecurityGroupIngress). The
#   finding points at the open CIDR. Protocols, ports and CIDRs not known statically are never
#   reported.
# custom:
#   id: TG-AWS-050
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Remove the rule, or narrow its source to the corporate or bastion CIDR or to a security
#     group. Reach instances with SSM Session Manager (no inbound port) or through a VPN; open
#     only the ports a service needs, to the load balancer's security group.
#   standards:
#     nist-800-53: [SC-7, CM-7]
#     cis-aws: ["5.2"]
#   related: [CKV_AWS_24, CKV_AWS_25, CKV_AWS_277, AVD-AWS-0107]
#   inline_waivers: true
package tollgate.rules.terraform.aws_security_group_open_ingress

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

open_cidrs := {"0.0.0.0/0", "::/0"}

# Every ingress rule of the unit: {"rule" (its body), "path" (of the body), "label", and the
# names of its protocol and CIDR arguments}.
ingress contains {"rule": i.block, "path": array.concat(array.concat(sg.path, ["config"]), i.path), "label": sg.label, "protocol": "protocol", "cidrs": ["cidr_blocks", "ipv6_cidr_blocks"]} if {
	some sg in tf.resources("aws_security_group")
	some i in tf.blocks(sg.config, "ingress")
}

ingress contains {"rule": r.config, "path": array.concat(r.path, ["config"]), "label": r.label, "protocol": "protocol", "cidrs": ["cidr_blocks", "ipv6_cidr_blocks"]} if {
	some r in tf.resources("aws_security_group_rule")
	r.config.type == "ingress"
}

ingress contains {"rule": r.config, "path": array.concat(r.path, ["config"]), "label": r.label, "protocol": "ip_protocol", "cidrs": ["cidr_ipv4", "cidr_ipv6"]} if {
	some r in tf.resources("aws_vpc_security_group_ingress_rule")
}

# The open CIDRs of a rule, each with its path: an element of a list, or a single value.
open_sources(i) := {[cidr, array.concat(i.path, [arg, n])] |
	some arg in i.cidrs
	some n, cidr in i.rule[arg]
	is_array(i.rule[arg])
	cidr in open_cidrs
} | {[cidr, array.concat(i.path, [arg])] |
	some arg in i.cidrs
	cidr := i.rule[arg]
	cidr in open_cidrs
}

# What a rule exposes, as text, when it is known to include all ports or an admin port.
exposure(i) := "all ports" if all_protocols(i.rule[i.protocol])

exposure(i) := text if {
	tcp(i.rule[i.protocol])
	from := port(i.rule.from_port)
	to := port(i.rule.to_port)
	hit := sort([p | some p in data.params.aws.admin_ports; from <= p; p <= to])
	count(hit) > 0
	text := ports_text(from, to, hit)
}

ports_text(from, to, _) := concat("", ["port ", format_int(from, 10)]) if from == to

ports_text(from, to, hit) := concat("", ["ports ", format_int(from, 10), "-", format_int(to, 10), ", which include ", concat(", ", [format_int(p, 10) | some p in hit])]) if from != to

all_protocols(p) if p in {"-1", -1, "all", "ALL"}

tcp(p) if p in {"tcp", "TCP", "6", 6}

port(v) := v if is_number(v)

port(v) := to_number(v) if {
	is_string(v)
	regex.match(`^[0-9]+$`, v)
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some i in ingress
	what := exposure(i)
	some [cidr, path] in open_sources(i)
	msg := concat("", [i.label, " allows ingress from ", cidr, " to ", what])
}
