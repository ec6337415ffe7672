# METADATA
# title: Vertex AI Workbench instance with a public IP address
# description: >-
#   A notebook VM with an external IP address can be reached from, and send data to, the internet
#   without passing the VPC's egress controls, Cloud NAT or a proxy. A Workbench instance
#   (google_workbench_instance) gets one unless gce_setup.disable_public_ip = true; a legacy
#   user-managed notebook (google_notebooks_instance) unless no_public_ip = true. Both default
#   to false, so leaving them out is a violation too. An unresolved value is not reported.
# custom:
#   id: TG-GCP-007
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Set `gce_setup { disable_public_ip = true }` (google_workbench_instance) or `no_public_ip =
#     true` (google_notebooks_instance), place the instance in a subnet with Private Google Access
#     and reach the internet, where needed, through Cloud NAT or a proxy. Users open JupyterLab
#     through the Workbench proxy, which needs no public IP.
#   standards:
#     nist-800-53: [SC-7, AC-4]
#   related: [CKV_GCP_89]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_workbench_public_ip

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), w.path, msg) if {
	some w in tf.resources("google_workbench_instance")
	gcp.missing(w.config, "gce_setup")
	msg := concat("", [w.label, " has no gce_setup.disable_public_ip, which defaults to false: the VM gets a public IP"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some w in tf.resources("google_workbench_instance")
	some g in tf.blocks(w.config, "gce_setup")
	gcp.missing(g.block, "disable_public_ip")
	path := array.concat(array.concat(w.path, ["config"]), g.path)
	msg := concat("", [w.label, " does not set gce_setup.disable_public_ip, which defaults to false: the VM gets a public IP"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some w in tf.resources("google_workbench_instance")
	some g in tf.blocks(w.config, "gce_setup")
	value := object.get(g.block, "disable_public_ip", null)
	value != null
	tf.known_not(value, true)
	path := array.concat(array.concat(array.concat(w.path, ["config"]), g.path), ["disable_public_ip"])
	msg := concat("", [w.label, " sets gce_setup.disable_public_ip to ", json.marshal(value), ": the VM gets a public IP"])
}

violations contains result.violation(rego.metadata.chain(), nb.path, msg) if {
	some nb in tf.resources("google_notebooks_instance")
	gcp.missing(nb.config, "no_public_ip")
	msg := concat("", [nb.label, " does not set no_public_ip, which defaults to false: the VM gets a public IP"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some nb in tf.resources("google_notebooks_instance")
	value := object.get(nb.config, "no_public_ip", null)
	value != null
	tf.known_not(value, true)
	path := array.concat(nb.path, ["config", "no_public_ip"])
	msg := concat("", [nb.label, " sets no_public_ip to ", json.marshal(value), ": the VM gets a public IP"])
}
