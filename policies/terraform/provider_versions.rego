# METADATA
# title: Terraform provider without a version constraint
# description: >-
#   A provider without a version constraint is whatever the registry's latest release is on the
#   day `terraform init` runs without a lock file: a new major version can rename arguments, change
#   defaults (S3 encryption, tags handling) or drop resources between two runs of the same pipeline,
#   and a compromised release is picked up at once. Every provider a module uses (by its resources,
#   data sources or provider blocks) needs an entry in `terraform { required_providers { ... } }`
#   with a `version` constraint (and a `source`); the deprecated `version` argument of a provider
#   block still counts. Each module declares its own providers, reusable ones included (a minimum
#   version there, an upper bound in root modules). Plans are not checked: they record the
#   versions that were installed.
# custom:
#   id: TG-TF-002
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Declare the provider with a constraint, `terraform { required_providers { aws = { source =
#     "hashicorp/aws", version = "~> 5.60" } } }` in a root module (`>= 5.60` in a reusable one),
#     and commit `.terraform.lock.hcl` so every run installs the same build.
#   standards:
#     nist-800-53: [CM-2, SR-3]
#     owasp-cicd: [CICD-SEC-3]
#   related: [tflint/terraform_required_providers]
#   inline_waivers: true
package tollgate.rules.terraform.provider_versions

import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf

plan if input.source == "plan"

# Providers built into Terraform: nothing to install.
builtin := {"terraform"}

# The local name of the provider a resource or data source uses: its provider argument, else the
# prefix of its type.
local_name(res) := split(res.provider, ".")[0] if is_string(res.provider)

else := split(res.type, "_")[0]

# Every provider the module uses, with the paths that use it.
used contains name if {
	some section in {"resource", "data"}
	some _, byname in input[section]
	some _, res in byname
	name := local_name(res)
	not name in builtin
}

used contains name if {
	some name, _ in input.provider
	not name in builtin
}

# Every required_providers entry: {"name", "spec", "path"}.
entries contains {"name": name, "spec": spec, "path": ["terraform", i, "required_providers", j, name]} if {
	some i, t in input.terraform
	some j, rp in t.required_providers
	some name, spec in rp
}

# An entry's constraint: the version of an object, or the whole legacy string form (aws = "~> 3.0").
constraint(spec) := spec if is_string(spec)

else := spec.version if is_string(spec.version)

else := spec.version if tf.unknown(spec.version)

constrained(spec) if tf.unknown(constraint(spec))

constrained(spec) if trim_space(constraint(spec)) != ""

# The deprecated version argument of a provider block.
legacy_version(name) if {
	some p in input.provider[name]
	constrained({"version": p.version})
}

declared(name) if {
	some e in entries
	e.name == name
}

# Where a missing entry belongs: the first required_providers block, else the first terraform
# block, else the provider's block, else its first resource.
anchor(name) := p if {
	p := sort([["terraform", i, "required_providers", j] | some i, t in input.terraform; some j, _ in t.required_providers])[0]
} else := ["terraform", 0] if {
	count(input.terraform) > 0
} else := ["provider", name, 0] if {
	count(input.provider[name]) > 0
} else := sort([[section, type, key] |
	some section in {"resource", "data"}
	some type, byname in input[section]
	some key, res in byname
	local_name(res) == name
])[0]

violations contains result.violation(rego.metadata.chain(), e.path, msg) if {
	not plan
	some e in entries
	not constrained(e.spec)
	not legacy_version(e.name)
	msg := concat("", ["provider \"", e.name, "\" has no version constraint in required_providers"])
}

violations contains result.violation(rego.metadata.chain(), anchor(name), msg) if {
	not plan
	some name in used
	not declared(name)
	not legacy_version(name)
	msg := concat("", ["provider \"", name, "\" is used but not declared in required_providers with a version constraint"])
}
