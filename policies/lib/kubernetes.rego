# Helpers over a Kubernetes unit: the input is the array of a file's YAML documents.
package tollgate.lib.kubernetes

# Where each workload kind keeps its pod spec.
pod_spec_paths := {
	"Pod": ["spec"],
	"Deployment": ["spec", "template", "spec"],
	"StatefulSet": ["spec", "template", "spec"],
	"DaemonSet": ["spec", "template", "spec"],
	"ReplicaSet": ["spec", "template", "spec"],
	"ReplicationController": ["spec", "template", "spec"],
	"Job": ["spec", "template", "spec"],
	"CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
}

# Every pod spec of the unit, with its path from the input root and a label for messages.
pods contains {"path": array.concat([d], p), "spec": spec, "label": label(doc)} if {
	some d, doc in input
	p := pod_spec_paths[doc.kind]
	spec := object.get(doc, p, null)
	is_object(spec)
}

# Pod templates of ML operators' custom resources, handed to the same container rules.
# Kubeflow notebooks and training jobs (spec.<x>ReplicaSpecs.<role>.template.spec):
pods contains {"path": array.concat([d], p), "spec": spec, "label": label(doc)} if {
	some d, doc in input
	startswith(doc.apiVersion, "kubeflow.org/")
	some p in kubeflow_pod_paths(doc)
	spec := object.get(doc, p, null)
	is_object(spec)
}

kubeflow_pod_paths(doc) := {["spec", "template", "spec"]} if {
	doc.kind == "Notebook"
} else := {["spec", field, role, "template", "spec"] |
	some field, replicas in doc.spec
	endswith(field, "ReplicaSpecs")
	some role, _ in replicas
}

# KServe inference services: each component (predictor, transformer, explainer) is a pod spec.
pods contains {"path": [d, "spec", component], "spec": spec, "label": label(doc)} if {
	some d, doc in input
	startswith(doc.apiVersion, "serving.kserve.io/")
	doc.kind == "InferenceService"
	some component in ["predictor", "transformer", "explainer"]
	spec := doc.spec[component]
	is_object(spec)
}

# KubeRay clusters, also inside RayJob and RayService: the head group and every worker group.
pods contains {"path": array.concat([d], p), "spec": spec, "label": label(doc)} if {
	some d, doc in input
	startswith(doc.apiVersion, "ray.io/")
	some cluster in ray_cluster_paths[doc.kind]
	some group in ray_groups(object.get(doc, cluster, {}))
	p := array.concat(cluster, array.concat(group, ["template", "spec"]))
	spec := object.get(doc, p, null)
	is_object(spec)
}

ray_cluster_paths := {
	"RayCluster": [["spec"]],
	"RayJob": [["spec", "rayClusterSpec"]],
	"RayService": [["spec", "rayClusterConfig"]],
}

ray_groups(cluster) := {["headGroupSpec"]} | {["workerGroupSpecs", i] | some i, _ in object.get(cluster, "workerGroupSpecs", [])}

# Every container of every pod: regular, init and ephemeral.
containers contains {"path": array.concat(pod.path, [field, i]), "container": c, "pod": pod, "field": field, "label": container_label(c, pod)} if {
	some pod in pods
	some field in ["containers", "initContainers", "ephemeralContainers"]
	some i, c in object.get(pod.spec, field, [])
	is_object(c)
}

# Containers that take resources; ephemeral containers may not set any.
resourced_containers contains c if {
	some c in containers
	c.field != "ephemeralContainers"
}

label(doc) := concat("", [doc.kind, " '", object.get(doc, ["metadata", "name"], "?"), "'"])

container_label(c, pod) := concat("", ["container '", object.get(c, "name", "?"), "' of ", pod.label])
