# Entrypoint for Terraform units (module directories and plans): every violation of every rule
# under tollgate.rules.terraform.
package tollgate.terraform

violations contains v if {
	some v in data.tollgate.rules.terraform[_].violations
}
