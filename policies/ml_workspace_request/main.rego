# Entrypoint for ML workspace requests (an in-house kind declared in .tollgate.yaml): every
# violation of every rule under tollgate.rules.ml_workspace_request.
package tollgate.ml_workspace_request

violations contains v if {
	some v in data.tollgate.rules.ml_workspace_request[_].violations
}
