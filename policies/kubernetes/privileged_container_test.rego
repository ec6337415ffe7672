package tollgate.rules.kubernetes.privileged_container_test

import data.tollgate.rules.kubernetes.privileged_container as rule

found(vs) := {[v.rule, v.path] | some v in vs}

pod(name, spec) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name}, "spec": spec}

privileged_container := {"name": "nccl-debug", "image": "nvcr.io/nvidia/pytorch:24.05-py3", "securityContext": {"privileged": true}}

test_privileged_container_is_flagged if {
	vs := rule.violations with input as [pod("gpu-debug", {"containers": [privileged_container]})]
	found(vs) == {["TG-K8S-001", [0, "spec", "containers", 0, "securityContext", "privileged"]]}
	some v in vs
	v.msg == "container 'nccl-debug' of Pod 'gpu-debug' runs privileged"
}

test_privileged_false_is_compliant if {
	c := object.union(privileged_container, {"securityContext": {"privileged": false}})
	count(rule.violations) == 0 with input as [pod("gpu-debug", {"containers": [c]})]
}

test_no_security_context_is_compliant if {
	c := object.remove(privileged_container, ["securityContext"])
	count(rule.violations) == 0 with input as [pod("gpu-debug", {"containers": [c]})]
}

test_only_the_privileged_container_is_flagged if {
	ok := {"name": "trainer", "image": "trainer:1", "securityContext": {"privileged": false}}
	vs := rule.violations with input as [pod("train", {"containers": [ok, privileged_container]})]
	found(vs) == {["TG-K8S-001", [0, "spec", "containers", 1, "securityContext", "privileged"]]}
}

test_privileged_init_container_of_daemonset if {
	ds := {
		"apiVersion": "apps/v1",
		"kind": "DaemonSet",
		"metadata": {"name": "gpu-driver-tuner"},
		"spec": {"template": {"spec": {
			"initContainers": [privileged_container],
			"containers": [{"name": "exporter", "image": "dcgm-exporter:3"}],
		}}},
	}
	vs := rule.violations with input as [ds]
	found(vs) == {["TG-K8S-001", [0, "spec", "template", "spec", "initContainers", 0, "securityContext", "privileged"]]}
}

test_privileged_ephemeral_container if {
	spec := {
		"containers": [{"name": "notebook", "image": "jupyter:1"}],
		"ephemeralContainers": [privileged_container],
	}
	vs := rule.violations with input as [pod("notebook", spec)]
	found(vs) == {["TG-K8S-001", [0, "spec", "ephemeralContainers", 0, "securityContext", "privileged"]]}
}

# Every workload kind keeps its pod spec somewhere else; the document index starts each path.
test_every_workload_kind if {
	tmpl := {"template": {"spec": {"containers": [privileged_container]}}}
	docs := [
		pod("p", {"containers": [privileged_container]}),
		{"kind": "Deployment", "metadata": {"name": "d"}, "spec": tmpl},
		{"kind": "StatefulSet", "metadata": {"name": "s"}, "spec": tmpl},
		{"kind": "DaemonSet", "metadata": {"name": "ds"}, "spec": tmpl},
		{"kind": "ReplicaSet", "metadata": {"name": "rs"}, "spec": tmpl},
		{"kind": "ReplicationController", "metadata": {"name": "rc"}, "spec": tmpl},
		{"kind": "Job", "metadata": {"name": "j"}, "spec": tmpl},
		{"kind": "CronJob", "metadata": {"name": "cj"}, "spec": {"jobTemplate": {"spec": tmpl}}},
	]
	t := ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"]
	vs := rule.violations with input as docs
	found(vs) == {
		["TG-K8S-001", [0, "spec", "containers", 0, "securityContext", "privileged"]],
		["TG-K8S-001", array.concat([1], t)],
		["TG-K8S-001", array.concat([2], t)],
		["TG-K8S-001", array.concat([3], t)],
		["TG-K8S-001", array.concat([4], t)],
		["TG-K8S-001", array.concat([5], t)],
		["TG-K8S-001", array.concat([6], t)],
		["TG-K8S-001", [7, "spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "privileged"]],
	}
}

test_multi_document_file if {
	docs := [
		{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg"}, "data": {"a": "b"}},
		pod("debug", {"containers": [privileged_container]}),
	]
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-001", [1, "spec", "containers", 0, "securityContext", "privileged"]]}
}

test_unknown_kinds_and_empty_documents_are_ignored if {
	docs := [
		null,
		{"kind": "TrainingRun", "metadata": {"name": "x"}, "spec": {"containers": [privileged_container]}},
		{"kind": "Deployment", "metadata": {"name": "no-template"}, "spec": {"replicas": 1}},
	]
	count(rule.violations) == 0 with input as docs
}

# ML operators' custom resources carry pod templates the container rules must reach.
test_ml_custom_resources if {
	tmpl := {"template": {"spec": {"containers": [privileged_container]}}}
	docs := [
		{"apiVersion": "kubeflow.org/v1", "kind": "Notebook", "metadata": {"name": "nb"}, "spec": tmpl},
		{"apiVersion": "kubeflow.org/v1", "kind": "PyTorchJob", "metadata": {"name": "pt"}, "spec": {"pytorchReplicaSpecs": {"Master": tmpl, "Worker": tmpl}}},
		{"apiVersion": "serving.kserve.io/v1beta1", "kind": "InferenceService", "metadata": {"name": "isvc"}, "spec": {"predictor": {"containers": [privileged_container]}}},
		{"apiVersion": "ray.io/v1", "kind": "RayCluster", "metadata": {"name": "rc"}, "spec": {"headGroupSpec": tmpl, "workerGroupSpecs": [tmpl]}},
		{"apiVersion": "ray.io/v1", "kind": "RayJob", "metadata": {"name": "rj"}, "spec": {"rayClusterSpec": {"headGroupSpec": tmpl}}},
	]
	c := ["containers", 0, "securityContext", "privileged"]
	vs := rule.violations with input as docs
	found(vs) == {
		["TG-K8S-001", array.concat([0, "spec", "template", "spec"], c)],
		["TG-K8S-001", array.concat([1, "spec", "pytorchReplicaSpecs", "Master", "template", "spec"], c)],
		["TG-K8S-001", array.concat([1, "spec", "pytorchReplicaSpecs", "Worker", "template", "spec"], c)],
		["TG-K8S-001", array.concat([2, "spec", "predictor"], c)],
		["TG-K8S-001", array.concat([3, "spec", "headGroupSpec", "template", "spec"], c)],
		["TG-K8S-001", array.concat([3, "spec", "workerGroupSpecs", 0, "template", "spec"], c)],
		["TG-K8S-001", array.concat([4, "spec", "rayClusterSpec", "headGroupSpec", "template", "spec"], c)],
	}
	some v in vs
	v.msg == "container 'nccl-debug' of PyTorchJob 'pt' runs privileged"
}
