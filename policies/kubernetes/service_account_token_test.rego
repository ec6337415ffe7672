package tollgate.rules.kubernetes.service_account_token_test

import data.tollgate.rules.kubernetes.service_account_token as rule

found(vs) := {[v.rule, v.path] | some v in vs}

daemonset(pod_fields) := {
	"apiVersion": "apps/v1",
	"kind": "DaemonSet",
	"metadata": {"name": "dcgm-exporter", "namespace": "monitoring"},
	"spec": {"template": {"spec": object.union({"containers": [{"name": "exporter", "image": "dcgm-exporter:3"}]}, pod_fields)}},
}

token_path := [0, "spec", "template", "spec", "automountServiceAccountToken"]

test_default_account_without_opt_out_is_flagged if {
	vs := rule.violations with input as [daemonset({})]
	found(vs) == {["TG-K8S-012", token_path]}
	some v in vs
	v.msg == "DaemonSet 'dcgm-exporter' runs as the default service account without automountServiceAccountToken: false, so its containers get an API token they do not use"
}

test_explicit_default_account_is_flagged if {
	vs := rule.violations with input as [daemonset({"serviceAccountName": "default"})]
	found(vs) == {["TG-K8S-012", token_path]}
}

test_opt_out_on_the_pod_is_compliant if {
	count(rule.violations) == 0 with input as [daemonset({"automountServiceAccountToken": false})]
}

test_default_account_with_automount_true_is_flagged if {
	vs := rule.violations with input as [daemonset({"automountServiceAccountToken": true})]
	found(vs) == {["TG-K8S-012", token_path]}
	some v in vs
	v.msg == "DaemonSet 'dcgm-exporter' mounts a token of the default service account; give a workload that calls the API its own service account"
}

test_dedicated_account_is_not_reported if {
	count(rule.violations) == 0 with input as [daemonset({"serviceAccountName": "dcgm-exporter"})]
	count(rule.violations) == 0 with input as [daemonset({"serviceAccount": "dcgm-exporter"})]
	count(rule.violations) == 0 with input as [daemonset({"serviceAccountName": "dcgm-exporter", "automountServiceAccountToken": true})]
}

test_default_service_account_opting_out_in_the_same_file if {
	sa := {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "default", "namespace": "monitoring"}, "automountServiceAccountToken": false}
	count(rule.violations) == 0 with input as [daemonset({}), sa]
}

test_default_service_account_of_another_namespace_does_not_count if {
	sa := {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "default", "namespace": "serving"}, "automountServiceAccountToken": false}
	found(rule.violations) == {["TG-K8S-012", token_path]} with input as [daemonset({}), sa]
}

test_pod_true_wins_over_the_service_account if {
	sa := {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "default", "namespace": "monitoring"}, "automountServiceAccountToken": false}
	count(rule.violations) == 1 with input as [daemonset({"automountServiceAccountToken": true}), sa]
}

test_namespace_absent_on_both if {
	pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "c:1"}]}}
	sa := {"kind": "ServiceAccount", "metadata": {"name": "default"}, "automountServiceAccountToken": false}
	count(rule.violations) == 0 with input as [pod, sa]
	found(rule.violations) == {["TG-K8S-012", [0, "spec", "automountServiceAccountToken"]]} with input as [pod]
}
