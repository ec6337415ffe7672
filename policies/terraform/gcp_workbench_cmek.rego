# METADATA
# title: Vertex AI Workbench disks without a customer-managed key
# description: >-
#   Notebook disks hold copies of training data, credentials and model checkpoints, so they must
#   be encrypted with a key the organisation controls (CMEK), whose use is logged and can be
#   revoked. A Workbench instance (google_workbench_instance) encrypts its disks with
#   Google-managed keys (GMEK) unless gce_setup.boot_disk sets disk_encryption = "CMEK" with a
#   kms_key; a data_disks block that sets another method is reported too. A legacy user-managed
#   notebook (google_notebooks_instance) needs disk_encryption = "CMEK" and kms_key. Leaving the
#   setting out means GMEK, so that is a violation; a value that cannot be resolved statically is
#   not.
# custom:
#   id: TG-GCP-001
#   severity: medium
#   owner: infosec
#   remediation: >-
#     In google_workbench_instance set `gce_setup { boot_disk { disk_encryption = "CMEK", kms_key =
#     google_kms_crypto_key.<key>.id } }` (and the same in `data_disks`); in
#     google_notebooks_instance set `disk_encryption = "CMEK"` and `kms_key`. Grant the Notebooks
#     and Compute Engine service agents roles/cloudkms.cryptoKeyEncrypterDecrypter on the key. The
#     setting is immutable: the instance is recreated.
#   standards:
#     nist-800-53: [SC-28, SC-12]
#   related: []
#   inline_waivers: true
package tollgate.rules.terraform.gcp_workbench_cmek

import data.tollgate.lib.gcp
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

# Workbench instances: the boot disk's setting (which also covers the data disk it does not name).
violations contains result.violation(rego.metadata.chain(), w.path, msg) if {
	some w in tf.resources("google_workbench_instance")
	gcp.missing(w.config, "gce_setup")
	msg := concat("", [w.label, " has no gce_setup.boot_disk.disk_encryption, so its disks use Google-managed keys (GMEK)"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some w in tf.resources("google_workbench_instance")
	some g in tf.blocks(w.config, "gce_setup")
	gcp.missing(g.block, "boot_disk")
	path := array.concat(array.concat(w.path, ["config"]), g.path)
	msg := concat("", [w.label, " has no gce_setup.boot_disk with disk_encryption = \"CMEK\", so its disks use Google-managed keys (GMEK)"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some w in tf.resources("google_workbench_instance")
	some g in tf.blocks(w.config, "gce_setup")
	some b in tf.blocks(g.block, "boot_disk")
	gcp.missing(b.block, "disk_encryption")
	path := array.concat(array.concat(array.concat(w.path, ["config"]), g.path), b.path)
	msg := concat("", [w.label, " does not set boot_disk.disk_encryption, which defaults to GMEK (Google-managed keys)"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some w in tf.resources("google_workbench_instance")
	some g in tf.blocks(w.config, "gce_setup")
	some disk in ["boot_disk", "data_disks"]
	some b in tf.blocks(g.block, disk)
	value := object.get(b.block, "disk_encryption", null)
	value != null
	tf.known_not(value, "CMEK")
	path := array.concat(array.concat(array.concat(array.concat(w.path, ["config"]), g.path), b.path), ["disk_encryption"])
	msg := concat("", [w.label, " encrypts its ", disk, " with ", json.marshal(value), " instead of a customer-managed key (\"CMEK\")"])
}

# Legacy user-managed notebooks.
violations contains result.violation(rego.metadata.chain(), nb.path, msg) if {
	some nb in tf.resources("google_notebooks_instance")
	gcp.missing(nb.config, "disk_encryption")
	msg := concat("", [nb.label, " does not set disk_encryption, so its disks use Google-managed keys (GMEK)"])
}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some nb in tf.resources("google_notebooks_instance")
	value := object.get(nb.config, "disk_encryption", null)
	value != null
	tf.known_not(value, "CMEK")
	path := array.concat(nb.path, ["config", "disk_encryption"])
	msg := concat("", [nb.label, " encrypts its disks with ", json.marshal(value), " instead of a customer-managed key (\"CMEK\")"])
}
