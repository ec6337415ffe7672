package tollgate.lib.image_registry_test

import data.tollgate.lib.image_registry as images

test_qualified if {
	images.qualified("python:3.11") == "docker.io/library/python:3.11"
	images.qualified("pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime") == "docker.io/pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime"
	images.qualified("nvcr.io/nvidia/pytorch:24.05-py3") == "nvcr.io/nvidia/pytorch:24.05-py3"
	images.qualified("localhost/trainer") == "localhost/trainer"
	images.qualified("registry.local:5000/trainer:1") == "registry.local:5000/trainer:1"
	images.qualified("index.docker.io/library/ubuntu:22.04") == "docker.io/library/ubuntu:22.04"
	images.qualified("ubuntu@sha256:abc") == "docker.io/library/ubuntu@sha256:abc"
}

test_registry if {
	images.registry("python:3.11") == "docker.io"
	images.registry("123456789012.dkr.ecr.eu-west-1.amazonaws.com/trainer:1") == "123456789012.dkr.ecr.eu-west-1.amazonaws.com"
}

test_everything_is_approved_without_a_list if {
	images.approved("python:3.11", [])
}

test_approved_prefixes if {
	registries := ["ghcr.io/acme-ml/", "docker.io/library/", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/"]
	images.approved("ghcr.io/acme-ml/trainer:1", registries)
	images.approved("python:3.11", registries)
	images.approved("123456789012.dkr.ecr.eu-west-1.amazonaws.com/serve@sha256:abc", registries)
	not images.approved("ghcr.io/evil/trainer:1", registries)
	not images.approved("pytorch/pytorch:2.3.1", registries)
	not images.approved("nvcr.io/nvidia/pytorch:24.05-py3", registries)
}

test_prefix_as_written_and_case if {
	images.approved("amazon/aws-cli:2.15.30", ["amazon/"])
	images.approved("GHCR.io/acme-ml/x:1", ["ghcr.io/acme-ml/"])
}

test_templated if {
	images.templated("${REGISTRY}/trainer:1")
	images.templated("{{ .Values.image }}")
	images.templated("")
	not images.templated("python:3.11")
}

test_approved_by_prefix_as_sagemaker_models_use_it if {
	images.approved("any/image:1", [])
	images.approved("111122223333.dkr.ecr.eu-west-1.amazonaws.com/scoring:1.4", ["111122223333.dkr.ecr.eu-west-1.amazonaws.com/"])
	not images.approved("docker.io/library/python:3.12", ["111122223333.dkr.ecr.eu-west-1.amazonaws.com/"])
}
