# METADATA
# title: GPU instance type requested under a CPU profile
# description: >-
#   The compute profile decides how a request is reviewed: accelerated profiles need a
#   justification and a cost centre (TG-REQ-001) and draw on the GPU quota the capacity plan
#   reserves. A GPU instance type (SageMaker's P, G, Inf, Trn and DL families) requested under a
#   profile that is not accelerated skips that review and takes GPU capacity nobody planned for.
#   Accelerated profiles are `parameters.ml_workspace_request.accelerated_profiles`.
# custom:
#   id: TG-REQ-005
#   severity: medium
#   owner: architecture
#   remediation: >-
#     Request an accelerated profile (gpu, or cluster for several nodes) with its justification and
#     cost centre, or choose an instance type without GPUs for the cpu profile.
#   standards:
#     nist-800-53: [SA-2, SC-6]
#   related: []
#   inline_waivers: true
package tollgate.rules.ml_workspace_request.profile_instance_type

import data.tollgate.lib.compute
import data.tollgate.lib.result

accelerated_profiles := data.params.ml_workspace_request.accelerated_profiles

violations contains result.violation(rego.metadata.chain(), ["compute", "instanceType"], msg) if {
	t := input.compute.instanceType
	is_string(t)
	compute.accelerated(t)
	profile := object.get(input.compute, "profile", "")
	is_string(profile)
	not profile in accelerated_profiles
	msg := concat("", [
		"compute.instanceType ", t, " has GPUs, but the ", json.marshal(profile), " profile is not accelerated; request one of ",
		concat(", ", accelerated_profiles),
	])
}
