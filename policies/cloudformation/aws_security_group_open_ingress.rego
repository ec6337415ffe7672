# The CloudFormation part of TG-AWS-050 (METADATA in policies/terraform/aws_security_group_open_ingress.rego).

# METADATA
# custom:
#   id: TG-AWS-050
package tollgate.rules.cloudformation.aws_security_group_open_ingress

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.result

# Every ingress rule: {"rule", "path", "label"}.
ingress contains {"rule": i, "path": array.concat(r.path, ["Properties", "SecurityGroupIngress", n]), "label": concat("", ["security group '", r.id, "'"])} if {
	some r in cfn.resources
	r.type == "AWS::EC2::SecurityGroup"
	some n, i in r.properties.SecurityGroupIngress
	is_object(i)
}

ingress contains {"rule": r.properties, "path": array.concat(r.path, ["Properties"]), "label": concat("", ["security group ingress '", r.id, "'"])} if {
	some r in cfn.resources
	r.type == "AWS::EC2::SecurityGroupIngress"
}

open_sources(i) := {[cidr, array.concat(i.path, [arg])] |
	some arg, cidr in {"CidrIp": "0.0.0.0/0", "CidrIpv6": "::/0"}
	i.rule[arg] == cidr
}

exposure(i) := "all ports" if i.rule.IpProtocol in {"-1", -1}

exposure(i) := text if {
	i.rule.IpProtocol in {"tcp", "TCP", "6", 6}
	from := port(i.rule.FromPort)
	to := port(i.rule.ToPort)
	hit := sort([p | some p in data.params.aws.admin_ports; from <= p; p <= to])
	count(hit) > 0
	text := ports_text(from, to, hit)
}

ports_text(from, to, _) := concat("", ["port ", format_int(from, 10)]) if from == to

ports_text(from, to, hit) := concat("", ["ports ", format_int(from, 10), "-", format_int(to, 10), ", which include ", concat(", ", [format_int(p, 10) | some p in hit])]) if from != to

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
