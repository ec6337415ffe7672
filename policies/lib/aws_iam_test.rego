package tollgate.lib.aws_iam_test

import data.tollgate.lib.aws_iam as iam

json_doc := `{"Version": "2012-10-17", "Statement": [
	{"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": ["*"]},
	{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
	{"Effect": "Allow", "Principal": {"Service": ["sagemaker.amazonaws.com"]}, "Action": "sts:AssumeRole"}
]}`

test_document_parses_json_text_and_objects if {
	doc := iam.document(json_doc)
	count(doc.Statement) == 3
	iam.document({"Statement": []}) == {"Statement": []}
	not iam.document("{not json")
	not iam.document({"Fn::If": ["C", {}, {}]})
	not iam.document({"__unknown__": true, "expr": "jsonencode({})", "refs": []})
}

test_json_statements if {
	sts := iam.json_statements(iam.document(json_doc), ["p"])
	count(sts) == 3
	some read in sts
	read.sid == "Read"
	read.path == ["p", "Statement", 0]
	read.actions == ["s3:GetObject"]
	read.lists == {"actions": false, "resources": true}
	not read.principal
	iam.entries(read, "resources", "*") == {["p", "Statement", 0, "Resource", 0]}
	iam.entries(read, "actions", "s3:GetObject") == {["p", "Statement", 0, "Action"]}
	some deny in sts
	deny.effect == "Deny"
	iam.may_deny_insecure_transport(deny)
	some trust in sts
	iam.trusts_service(trust, "sagemaker.amazonaws.com")
	count({st | some st in sts; iam.may_deny_insecure_transport(st)}) == 1
}

test_single_statement_object if {
	sts := iam.json_statements({"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}, [])
	some st in sts
	st.path == ["Statement"]
	iam.grants_everything(st)
}

test_statements_known if {
	iam.json_statements_known({"Statement": [{"Effect": "Allow"}]})
	not iam.json_statements_known({"Statement": [{"Fn::If": ["C", {}, {}]}]})
	not iam.json_statements_known({"Statement": {"Ref": "S"}})
}

test_opaque_conditions_may_deny if {
	st := iam.json_statement({"Effect": "Deny", "Action": "s3:*", "Condition": {"Fn::If": ["C", {}, {}]}}, [])
	iam.may_deny_insecure_transport(st)
	allow := iam.json_statement({"Effect": "Allow", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}, [])
	not iam.may_deny_insecure_transport(allow)
}

test_covers_wildcards_case_insensitively if {
	iam.covers("iam:PassRole", "iam:PassRole")
	iam.covers("IAM:*", "iam:PassRole")
	iam.covers("iam:Pass*", "iam:PassRole")
	not iam.covers("iam:Get*", "iam:PassRole")
	not iam.covers({"Ref": "A"}, "iam:PassRole")
}

test_data_source_statements if {
	d := {"path": ["data", "aws_iam_policy_document", "p"], "config": {"statement": [
		{"actions": ["*"], "resources": ["*"]},
		{"effect": "Deny", "actions": ["s3:*"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}]},
		{"principals": [{"type": "Service", "identifiers": ["sagemaker.amazonaws.com"]}], "actions": ["sts:AssumeRole"]},
	]}}
	sts := iam.data_source_statements(d)
	count(sts) == 3
	some first in sts
	first.path == ["data", "aws_iam_policy_document", "p", "config", "statement", 0]
	first.effect == "Allow"
	iam.grants_everything(first)
	iam.entries(first, "actions", "*") == {["data", "aws_iam_policy_document", "p", "config", "statement", 0, "actions", 0]}
	some deny in sts
	deny.principal
	iam.may_deny_insecure_transport(deny)
	some trust in sts
	iam.trusts_service(trust, "sagemaker.amazonaws.com")
}

test_self_contained if {
	iam.self_contained({"config": {"statement": []}})
	not iam.self_contained({"config": {"statement": [], "source_policy_documents": ["{}"]}})
}
