# METADATA
# title: GKE cluster with legacy ABAC authorization
# description: >-
#   Legacy attribute-based access control grants permissions beside RBAC that cannot be audited
#   with Kubernetes roles and, as GKE configured it, gives every service account broad rights in
#   the cluster. It is off by default; a google_container_cluster that sets enable_legacy_abac =
#   true is reported.
# custom:
#   id: TG-GCP-013
#   severity: high
#   owner: cybersecurity
#   remediation: >-
#     Remove `enable_legacy_abac = true` (or set it to false) and grant what workloads need with
#     Kubernetes Roles and RoleBindings, or IAM roles for GKE.
#   standards:
#     nist-800-53: [AC-3, AC-6]
#   related: [CKV_GCP_7, AVD-GCP-0062]
#   inline_waivers: true
package tollgate.rules.terraform.gcp_gke_legacy_abac

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	some c in tf.resources("google_container_cluster")
	c.config.enable_legacy_abac == true
	path := array.concat(c.path, ["config", "enable_legacy_abac"])
	msg := concat("", [c.label, " enables legacy ABAC authorization beside RBAC"])
}
