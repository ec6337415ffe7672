package tollgate.rules.backstage.ownership_test

import data.tollgate.rules.backstage.ownership as rule

found(vs) := {[v.rule, v.path] | some v in vs}

component(spec) := {"apiVersion": "backstage.io/v1alpha1", "kind": "Component", "metadata": {"name": "fraud-scorer"}, "spec": spec}

complete := {"type": "service", "owner": "group:fraud-ml", "lifecycle": "production", "system": "fraud-detection"}

test_missing_owner_is_flagged if {
	vs := rule.violations with input as [component(object.remove(complete, ["owner"]))]
	found(vs) == {["TG-BACKSTAGE-001", [0, "spec", "owner"]]}
	some v in vs
	v.msg == "Component 'fraud-scorer' has no spec.owner"
}

test_every_missing_field_is_flagged if {
	vs := rule.violations with input as [component({"type": "service", "lifecycle": " "})]
	found(vs) == {
		["TG-BACKSTAGE-001", [0, "spec", "owner"]],
		["TG-BACKSTAGE-001", [0, "spec", "lifecycle"]],
		["TG-BACKSTAGE-001", [0, "spec", "system"]],
	}
}

test_complete_component_is_compliant if {
	count(rule.violations) == 0 with input as [component(complete)]
}

test_fields_depend_on_the_kind if {
	template := {"apiVersion": "scaffolder.backstage.io/v1beta3", "kind": "Template", "metadata": {"name": "ml-service"}, "spec": {"type": "service"}}
	group := {"apiVersion": "backstage.io/v1alpha1", "kind": "Group", "metadata": {"name": "fraud-ml"}, "spec": {"type": "team"}}
	found(rule.violations) == {["TG-BACKSTAGE-001", [1, "spec", "owner"]]} with input as [group, template]
}

test_other_documents_are_ignored if {
	count(rule.violations) == 0 with input as [null, {"apiVersion": "v1", "kind": "Component"}]
}
