package tollgate.rules.ml_workspace_request.restricted_data_test

import data.tollgate.rules.ml_workspace_request.restricted_data as rule

found(vs) := {[v.rule, v.path] | some v in vs}

source(name, classification) := {"name": name, "uri": concat("", ["s3://acme-data/", name, "/"]), "classification": classification}

key := "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

request(sources, extra) := object.union({"team": "fraud-analytics", "compute": {"profile": "cpu"}, "dataSources": sources}, extra)

test_restricted_data_on_a_public_network_without_key_is_flagged if {
	vs := rule.violations with input as request([source("transactions", "restricted"), source("holidays", "public")], {"network": {"access": "public"}})
	found(vs) == {["TG-REQ-002", ["network", "access"]], ["TG-REQ-002", ["dataSources", 0, "classification"]]}
	{v.msg | some v in vs} == {
		"restricted data ('transactions') needs network.access: private",
		"restricted data ('transactions') needs encryption.kmsKeyArn, a customer-managed KMS key",
	}
}

test_missing_network_counts_as_not_private if {
	found(rule.violations) == {["TG-REQ-002", ["dataSources", 1, "classification"]]} with input as request([source("docs", "internal"), source("claims", "restricted")], {"encryption": {"kmsKeyArn": key}})
}

test_private_and_encrypted_is_compliant if {
	count(rule.violations) == 0 with input as request([source("claims", "restricted")], {"network": {"access": "private"}, "encryption": {"kmsKeyArn": key}})
}

test_other_classifications_need_nothing if {
	count(rule.violations) == 0 with input as request([source("docs", "internal"), source("weather", "public")], {"network": {"access": "public"}})
}

test_a_present_section_is_reported_at_its_field if {
	vs := rule.violations with input as request([source("claims", "restricted")], {"network": {"access": "private"}, "encryption": {}})
	found(vs) == {["TG-REQ-002", ["encryption", "kmsKeyArn"]]}
}

test_names_are_listed_in_order if {
	vs := rule.violations with input as request([source("b", "restricted"), source("a", "restricted")], {"network": {"access": "private"}})
	{v.msg | some v in vs} == {"restricted data ('a', 'b') needs encryption.kmsKeyArn, a customer-managed KMS key"}
}
