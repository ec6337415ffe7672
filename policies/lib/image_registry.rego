# Container image references and the organisation's approved registries
# (data.params.governance.approved_registries), for the image rules of every kind.
package tollgate.lib.image_registry

# The reference with its registry written out, as Docker resolves it: a first path component
# that looks like a host (a dot, a port or localhost) is the registry; anything else comes from
# Docker Hub, whose official images live under library/.
qualified(ref) := out if {
	parts := split(ref, "/")
	count(parts) > 1
	is_host(parts[0])
	out := concat("/", array.concat([hub_alias(parts[0])], array.slice(parts, 1, count(parts))))
} else := concat("", ["docker.io/library/", ref]) if {
	not contains(ref, "/")
} else := concat("", ["docker.io/", ref])

is_host(first) if contains(first, ".")

is_host(first) if contains(first, ":")

is_host("localhost")

# Docker Hub's other names.
hub_alias(host) := "docker.io" if {
	lower(host) in {"index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"}
} else := host

# The registry host of a reference (docker.io for Docker Hub).
registry(ref) := split(qualified(ref), "/")[0]

# True when the image may be used: the list of approved registry prefixes (a rule passes
# data.params.governance.approved_registries, so that its catalog entry names the parameter) is
# empty, or the reference (as written or qualified) starts with one of them.
approved(_, registries) if count(registries) == 0

approved(ref, registries) if {
	some prefix in registries
	startswith(lower(qualified(ref)), lower(prefix))
}

approved(ref, registries) if {
	some prefix in registries
	startswith(lower(ref), lower(prefix))
}

# References a rule cannot judge: templated (Helm, envsubst, Kustomize vars) or empty.
templated(ref) if contains(ref, "$")

templated(ref) if contains(ref, "{{")

templated("")
