# Helpers over AWS IAM policy documents, for Terraform and CloudFormation rules alike.
#
# A policy reaches a rule in one of two shapes, both turned into the same statement record:
# - a JSON document: a Terraform heredoc, literal string or jsonencode(...) of known values
#   (json.unmarshal'ed here), a plan's resolved value, or a CloudFormation PolicyDocument (an
#   object, or a JSON string);
# - the `statement` blocks of a Terraform `data "aws_iam_policy_document"`.
# Anything not known statically (a Terraform unknown such as a reference or a jsonencode(...) of
# one, a CloudFormation intrinsic such as Fn::If) is opaque: a rule never reports it, and an absence
# ("no statement denies ...") is only claimed when every statement is known.
#
# A statement record:
#   {"path": [...],            path of the statement from the input root
#    "effect": "Allow",        as written (a Terraform data source defaults to "Allow")
#    "actions": [...], "resources": [...], "not_actions": [...], "not_resources": [...]
#    "keys": {"actions": "Action", ...}   attribute names, to build paths
#    "principal": bool,        a Principal/NotPrincipal (a resource policy) is present
#    "conditions": [{"test", "variable", "values"}],
#    "conditions_known": bool, every condition is written out (no intrinsic, unknown or dynamic)
#    "sid": "..." or null}
package tollgate.lib.aws_iam

import data.tollgate.lib.aws
import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.terraform as tf

# opaque(x): a value decided later (Terraform unknown or CloudFormation intrinsic).
opaque(x) if tf.unknown(x)

opaque(x) if cfn.intrinsic(x)

# IAM accepts a string or a list wherever it takes several values.
as_list(x) := x if is_array(x)

else := [x]

# document(v): the policy document a known value holds: a JSON string or an object.
document(v) := doc if {
	is_string(v)
	json.is_valid(v)
	doc := json.unmarshal(v)
	is_object(doc)
}

document(v) := v if {
	is_object(v)
	not opaque(v)
}

# The statements of a JSON policy document found at `base`.
json_statements(doc, base) := {json_statement(s, array.concat(base, ["Statement", i])) |
	is_array(doc.Statement)
	some i, s in doc.Statement
	is_object(s)
	not opaque(s)
} | {json_statement(doc.Statement, array.concat(base, ["Statement"])) |
	is_object(doc.Statement)
	not opaque(doc.Statement)
}

# Every statement of a JSON document is written out (no intrinsic in its place), so an absence
# can be claimed.
json_statements_known(doc) if {
	is_array(doc.Statement)
	every s in doc.Statement {
		is_object(s)
		not opaque(s)
	}
}

json_statements_known(doc) if {
	is_object(doc.Statement)
	not opaque(doc.Statement)
}

json_keys := {"effect": "Effect", "actions": "Action", "resources": "Resource", "not_actions": "NotAction", "not_resources": "NotResource"}

json_statement(s, path) := {
	"path": path,
	"effect": object.get(s, "Effect", null),
	"actions": as_list(object.get(s, "Action", [])),
	"resources": as_list(object.get(s, "Resource", [])),
	"not_actions": as_list(object.get(s, "NotAction", [])),
	"not_resources": as_list(object.get(s, "NotResource", [])),
	"keys": json_keys,
	"principal": json_principal(s),
	"conditions": json_conditions(object.get(s, "Condition", {})),
	"conditions_known": json_conditions_known(object.get(s, "Condition", {})),
	"sid": object.get(s, "Sid", null),
	"lists": {"actions": is_array(object.get(s, "Action", [])), "resources": is_array(object.get(s, "Resource", []))},
	"services": json_services(object.get(s, "Principal", null)),
}

json_services(p) := {x | some x in as_list(p.Service); is_string(x)} if is_object(p)

else := set()

json_principal(s) if cfn.has(s, "Principal")

json_principal(s) if cfn.has(s, "NotPrincipal")

default json_principal(_) := false

json_conditions(c) := [{"test": op, "variable": key, "values": as_list(v)} |
	is_object(c)
	some op, kv in c
	is_object(kv)
	some key, v in kv
]

json_conditions_known(c) if {
	is_object(c)
	not opaque(c)
	every _, kv in c {
		is_object(kv)
		not opaque(kv)
		every _, v in kv {
			every x in as_list(v) {
				not opaque(x)
			}
		}
	}
}

default json_conditions_known(_) := false

# The statements of a Terraform aws_iam_policy_document data source (an entry of
# tf.data_sources("aws_iam_policy_document")).
tf_keys := {"effect": "effect", "actions": "actions", "resources": "resources", "not_actions": "not_actions", "not_resources": "not_resources"}

data_source_statements(d) := {tf_statement(s.block, array.concat(array.concat(d.path, ["config"]), s.path)) |
	some s in tf.blocks(d.config, "statement")
}

tf_statement(b, path) := {
	"path": path,
	"effect": object.get(b, "effect", "Allow"),
	"actions": as_list(object.get(b, "actions", [])),
	"resources": as_list(object.get(b, "resources", [])),
	"not_actions": as_list(object.get(b, "not_actions", [])),
	"not_resources": as_list(object.get(b, "not_resources", [])),
	"keys": tf_keys,
	"principal": tf_principal(b),
	"conditions": [{"test": c.block.test, "variable": c.block.variable, "values": as_list(c.block.values)} |
		some c in tf.blocks(b, "condition")
	],
	"conditions_known": tf_conditions_known(b),
	"sid": object.get(b, "sid", null),
	"lists": {"actions": is_array(object.get(b, "actions", [])), "resources": is_array(object.get(b, "resources", []))},
	"services": {x |
		some p in tf.blocks(b, "principals")
		p.block.type == "Service"
		some x in as_list(p.block.identifiers)
		is_string(x)
	},
}

tf_principal(b) if count(tf.blocks(b, "principals")) > 0

tf_principal(b) if count(tf.blocks(b, "not_principals")) > 0

default tf_principal(_) := false

tf_conditions_known(b) if {
	not b.__dynamic__
	every c in tf.blocks(b, "condition") {
		not c.block.__dynamic__
		not opaque(object.get(c.block, "test", null))
		not opaque(object.get(c.block, "variable", null))
		not opaque(object.get(c.block, "values", null))
		every v in as_list(object.get(c.block, "values", [])) {
			not opaque(v)
		}
	}
}

default tf_conditions_known(_) := false

# A data source whose document is complete in its own statements: nothing merged in from other
# documents, so an absence can be claimed.
self_contained(d) if {
	every k in ["source_policy_documents", "override_policy_documents", "source_json", "override_json"] {
		object.get(d.config, k, null) == null
	}
	not opaque(object.get(d.config, "statement", []))
}

# The data source a Terraform value refers to with data.aws_iam_policy_document.<name>.json, in
# the module of `res`.
referenced_document(v, res) := d if {
	is_string(v.ref)
	m := regex.find_all_string_submatch_n(`^data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)\.json$`, v.ref, 1)
	some d in tf.data_sources("aws_iam_policy_document")
	d.resource.name == m[0][1]
	d.resource.module == res.module
}

# --- Tests on statements ---------------------------------------------------------------------

allows(st) if st.effect == "Allow"

# The index and value of each action (or resource) that is exactly `v`, with its path.
entries(st, key, v) := {array.concat(st.path, at) |
	some i, a in st[key]
	a == v
	at := entry_path(st, key, i)
}

entry_path(st, key, i) := [st.keys[key], i] if st.lists[key]

else := [st.keys[key]]

# A statement that grants every action on every resource: "Action": "*" and "Resource": "*".
grants_everything(st) if {
	allows(st)
	"*" in st.actions
	"*" in st.resources
}

# An action pattern (IAM wildcards, case-insensitive) that covers `action` ("iam:PassRole").
covers(pattern, action) if {
	is_string(pattern)
	aws.wildcard_match(lower(pattern), lower(action))
}

# A statement that may deny requests made without TLS: a Deny (or an effect not known) whose
# conditions test aws:SecureTransport false (or s3:TlsVersion below a minimum), or are not known.
may_deny_insecure_transport(st) if {
	not allows(st)
	not st.conditions_known
}

may_deny_insecure_transport(st) if {
	not allows(st)
	some c in st.conditions
	tls_condition(c)
}

tls_condition(c) if {
	is_string(c.variable)
	is_string(c.test)
	lower(c.variable) == "aws:securetransport"
	startswith(lower(c.test), "bool")
	some v in c.values
	false_value(v)
}

tls_condition(c) if {
	is_string(c.variable)
	is_string(c.test)
	lower(c.variable) == "s3:tlsversion"
	startswith(lower(c.test), "numericlessthan")
}

false_value(false)

false_value(v) if {
	is_string(v)
	lower(v) == "false"
}

# A trust-policy statement that lets `service` ("sagemaker.amazonaws.com") assume the role.
trusts_service(st, service) if {
	allows(st)
	some s in st.services
	is_string(s)
	lower(s) == service
}

# --- Identity-based policy documents ---------------------------------------------------------
# Each as {"label", "path" (of the document), "string" (written as JSON text, so paths inside it
# have no position of their own), "inline" (embedded in a role, user or group), "statements"}.

# Terraform arguments that hold an identity policy, by resource type.
tf_policy_arguments := {
	"aws_iam_policy": false,
	"aws_iam_role_policy": true,
	"aws_iam_user_policy": true,
	"aws_iam_group_policy": true,
}

tf_identity_documents contains {"label": r.label, "path": path, "string": is_string(r.config.policy), "inline": inline, "statements": json_statements(doc, path)} if {
	some type, inline in tf_policy_arguments
	some r in tf.resources(type)
	doc := document(r.config.policy)
	path := array.concat(r.path, ["config", "policy"])
}

tf_identity_documents contains {"label": r.label, "path": path, "string": is_string(p.block.policy), "inline": true, "statements": json_statements(doc, path)} if {
	some r in tf.resources("aws_iam_role")
	some p in tf.blocks(r.config, "inline_policy")
	doc := document(p.block.policy)
	path := array.concat(array.concat(r.path, ["config"]), array.concat(p.path, ["policy"]))
}

# A data source's statements without principals are identity-policy statements, wherever the
# document is used; those with principals belong to resource or trust policies.
tf_identity_documents contains {"label": d.label, "path": array.concat(d.path, ["config"]), "string": false, "inline": false, "statements": {st | some st in data_source_statements(d); not st.principal}} if {
	some d in tf.data_sources("aws_iam_policy_document")
}

# CloudFormation resources that hold an identity policy in PolicyDocument.
cfn_policy_types := {
	"AWS::IAM::Policy": false,
	"AWS::IAM::ManagedPolicy": false,
	"AWS::IAM::RolePolicy": true,
	"AWS::IAM::UserPolicy": true,
	"AWS::IAM::GroupPolicy": true,
}

cfn_identity_documents contains {"label": concat("", [r.type, " '", r.id, "'"]), "path": path, "string": is_string(r.properties.PolicyDocument), "inline": inline, "statements": json_statements(doc, path)} if {
	some r in cfn.resources
	inline := cfn_policy_types[r.type]
	doc := document(r.properties.PolicyDocument)
	path := array.concat(r.path, ["Properties", "PolicyDocument"])
}

cfn_identity_documents contains {"label": concat("", [r.type, " '", r.id, "'"]), "path": path, "string": is_string(p.PolicyDocument), "inline": true, "statements": json_statements(doc, path)} if {
	some r in cfn.resources
	r.type in {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
	some i, p in r.properties.Policies
	doc := document(p.PolicyDocument)
	path := array.concat(r.path, ["Properties", "Policies", i, "PolicyDocument"])
}

# Where to report an entry (an action, a resource) of a statement: the entry itself, or the
# document when it is JSON text.
entry_at(d, _, _, _) := d.path if d.string

entry_at(d, st, key, value) := min(entries(st, key, value)) if not d.string

# How a statement is named in messages: its Sid when it has one.
statement_name(st) := concat("", ["statement ", json.marshal(st.sid)]) if is_string(st.sid)

else := "a statement"
