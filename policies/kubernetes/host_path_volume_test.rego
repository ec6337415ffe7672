package tollgate.rules.kubernetes.host_path_volume_test

import data.tollgate.rules.kubernetes.host_path_volume as rule

found(vs) := {[v.rule, v.path] | some v in vs}

job(volumes) := [{
	"apiVersion": "batch/v1",
	"kind": "Job",
	"metadata": {"name": "preprocess-imagenet"},
	"spec": {"template": {"spec": {
		"containers": [{"name": "preprocess", "image": "preprocess:1"}],
		"volumes": volumes,
	}}},
}]

scratch := {"name": "scratch", "emptyDir": {"sizeLimit": "50Gi"}}

datasets := {"name": "datasets", "hostPath": {"path": "/mnt/datasets", "type": "Directory"}}

test_host_path_volume_is_flagged if {
	vs := rule.violations with input as job([scratch, datasets])
	found(vs) == {["TG-K8S-004", [0, "spec", "template", "spec", "volumes", 1, "hostPath"]]}
	some v in vs
	v.msg == "Job 'preprocess-imagenet' mounts the node path '/mnt/datasets' (volume 'datasets')"
}

test_compliant_volumes if {
	pvc := {"name": "datasets", "persistentVolumeClaim": {"claimName": "imagenet"}}
	csi := {"name": "weights", "csi": {"driver": "s3.csi.aws.com", "volumeAttributes": {"bucketName": "models"}}}
	count(rule.violations) == 0 with input as job([scratch, pvc, csi])
}

test_no_volumes_is_compliant if {
	count(rule.violations) == 0 with input as [{"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "c:1"}]}}]
}

test_every_host_path_is_flagged if {
	sock := {"name": "containerd", "hostPath": {"path": "/run/containerd/containerd.sock"}}
	vs := rule.violations with input as job([datasets, scratch, sock])
	found(vs) == {
		["TG-K8S-004", [0, "spec", "template", "spec", "volumes", 0, "hostPath"]],
		["TG-K8S-004", [0, "spec", "template", "spec", "volumes", 2, "hostPath"]],
	}
}

test_cronjob if {
	doc := {
		"apiVersion": "batch/v1",
		"kind": "CronJob",
		"metadata": {"name": "nightly-eval"},
		"spec": {
			"schedule": "0 2 * * *",
			"jobTemplate": {"spec": {"template": {"spec": {
				"containers": [{"name": "eval", "image": "eval:1"}],
				"volumes": [datasets],
			}}}},
		},
	}
	vs := rule.violations with input as [doc]
	found(vs) == {["TG-K8S-004", [0, "spec", "jobTemplate", "spec", "template", "spec", "volumes", 0, "hostPath"]]}
}

test_host_path_without_path_is_flagged if {
	vs := rule.violations with input as job([{"name": "odd", "hostPath": {}}])
	some v in vs
	v.path == [0, "spec", "template", "spec", "volumes", 0, "hostPath"]
	v.msg == "Job 'preprocess-imagenet' mounts the node path '?' (volume 'odd')"
}

test_multi_document_file if {
	docs := array.concat(job([scratch]), job([datasets]))
	vs := rule.violations with input as docs
	found(vs) == {["TG-K8S-004", [1, "spec", "template", "spec", "volumes", 0, "hostPath"]]}
}
