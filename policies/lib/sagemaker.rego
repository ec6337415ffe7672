# Helpers for the Amazon SageMaker rules (TG-AWS-020 .. TG-AWS-033), shared by their Terraform and
# CloudFormation parts: settings at a path of nested blocks or structures, with the value's state
# (set, missing, unknown), SageMaker job layouts in the API's shape (CloudFormation job definitions
# and pipeline definitions use it), pipeline definitions, instance types with local storage and
# production tags. A value that cannot be known statically is "unknown": rules never report it.
package tollgate.lib.sagemaker

import data.tollgate.lib.cloudformation as cfn
import data.tollgate.lib.governance as gov
import data.tollgate.lib.result
import data.tollgate.lib.terraform as tf
import data.tollgate.lib.values

# --- Paths --------------------------------------------------------------------------------------

# The value at a path of keys (object keys or array indexes), up to ten deep (four nested
# Terraform blocks and an attribute).
get_path(v, []) := v

get_path(v, [a]) := v[a]

get_path(v, [a, b]) := v[a][b]

get_path(v, [a, b, c]) := v[a][b][c]

get_path(v, [a, b, c, d]) := v[a][b][c][d]

get_path(v, [a, b, c, d, e]) := v[a][b][c][d][e]

get_path(v, [a, b, c, d, e, f]) := v[a][b][c][d][e][f]

get_path(v, [a, b, c, d, e, f, g]) := v[a][b][c][d][e][f][g]

get_path(v, [a, b, c, d, e, f, g, h]) := v[a][b][c][d][e][f][g][h]

get_path(v, [a, b, c, d, e, f, g, h, i]) := v[a][b][c][d][e][f][g][h][i]

get_path(v, [a, b, c, d, e, f, g, h, i, j]) := v[a][b][c][d][e][f][g][h][i][j]

has_path(v, keys) if {
	_ := get_path(v, keys)
}

# The longest prefix of keys that exists in v: where a missing setting is reported.
deepest(v, keys) := array.slice(keys, 0, n) if {
	n := max({i | some i in numbers.range(0, count(keys)); has_path(v, array.slice(keys, 0, i))})
}

# --- Values in the API's shape (CloudFormation, pipeline definitions) ------------------------------

# A value decided at deploy or run time: a CloudFormation intrinsic ({"Ref": ...}, {"Fn::If": ...})
# or a pipeline expression ({"Get": "Parameters.KmsKey"}, {"Std:Join": ...}).
opaque(v) if cfn.intrinsic(v)

opaque(v) if {
	is_object(v)
	count(v) == 1
	some k, _ in v
	pipeline_expression_key(k)
}

pipeline_expression_key("Get")

pipeline_expression_key(k) if startswith(k, "Std:")

# setting(obj, keys) describes the value at keys inside obj:
#   {"state": "set", "value": v, "at": keys}          the value is there and known
#   {"state": "missing", "at": longest existing prefix} it is not there
#   {"state": "unknown"}                               it, or a structure holding it, is opaque
setting(obj, keys) := {"state": "unknown"} if {
	unknown_along(obj, keys)
} else := {"state": "set", "value": v, "at": keys} if {
	v := get_path(obj, keys)
} else := {"state": "missing", "at": deepest(obj, keys)}

unknown_along(obj, keys) if {
	some i in numbers.range(1, count(keys))
	opaque(get_path(obj, array.slice(keys, 0, i)))
}

# A key setting is absent: missing, or set to an empty string.
no_key(s) if s.state == "missing"

no_key(s) if {
	s.state == "set"
	s.value == ""
}

# --- Values in Terraform (nested blocks are arrays, or objects in .tf.json) ----------------------

# The keys of the nested block reached through block names (up to four deep), if it exists.
tf_block_keys(_, []) := []

tf_block_keys(body, [a]) := tk1(body, a)

tf_block_keys(body, [a, b]) := tk2(body, a, b)

tf_block_keys(body, [a, b, c]) := tk3(body, a, b, c)

tf_block_keys(body, [a, b, c, d]) := array.concat(p, block_step(get_path(body, p), d)) if p := tk3(body, a, b, c)

tk1(body, a) := block_step(body, a)

tk2(body, a, b) := array.concat(p, block_step(get_path(body, p), b)) if p := tk1(body, a)

tk3(body, a, b, c) := array.concat(p, block_step(get_path(body, p), c)) if p := tk2(body, a, b)

block_step(v, name) := [name, 0] if {
	is_array(v[name])
	count(v[name]) > 0
}

block_step(v, name) := [name] if {
	is_object(v[name])
	tf.known(v[name])
}

# tf_setting(body, blocks, attr) describes attribute attr of the nested block reached through
# blocks, in the form of setting(); "at" is relative to body.
tf_setting(body, blocks, attr) := {"state": "unknown"} if {
	tf_unknown_along(body, array.concat(blocks, [attr]))
} else := {"state": "set", "value": v, "at": array.concat(bk, [attr])} if {
	bk := tf_block_keys(body, blocks)
	v := get_path(body, array.concat(bk, [attr]))
	v != null
} else := {"state": "missing", "at": tf_deepest_block(body, blocks)}

# A block or the attribute at the end of names is an unknown value (a .tf.json object that is an
# expression, an attribute set from a variable without a value).
tf_unknown_along(body, names) if {
	some i in numbers.range(0, count(names) - 1)
	bk := tf_block_keys(body, array.slice(names, 0, i))
	tf.unknown(get_path(body, bk)[names[i]])
}

tf_deepest_block(body, blocks) := tf_block_keys(body, array.slice(blocks, 0, n)) if {
	n := max({i | some i in numbers.range(0, count(blocks)); _ := tf_block_keys(body, array.slice(blocks, 0, i))})
}

# --- Instance types ----------------------------------------------------------------------------

# Instance types with local NVMe instance storage. Their storage is encrypted by the instance's
# hardware, and SageMaker refuses a volume KMS key for them (CreateEndpointConfig, training and
# processing jobs), so a missing key is never reported for them.
local_storage_instance(t) if {
	is_string(t)
	parts := split(t, ".")
	count(parts) >= 2
	local_storage_family(parts[1])
}

# m5d, c5d, r5d, g4dn, g4ad, p3dn, p4d, p4de, m6id, c6gd, x2iedn, ...: a "d" after the generation.
local_storage_family(f) if regex.match(`^[a-z]+[0-9]+[a-z]*d[a-z]*$`, f)

local_storage_family(f) if f in {"g5", "g6", "g6e", "gr6", "p5", "p5e", "p5en", "trn1", "trn1n", "trn2", "dl1"}

# --- Job layouts in the API's shape --------------------------------------------------------------

# Where a job keeps each setting, relative to its arguments: the volume and output KMS keys, the
# instance type and count, inter-container traffic encryption, network isolation and the VPC.
job_layout("Training") := {
	"volume": ["ResourceConfig", "VolumeKmsKeyId"],
	"instance_type": ["ResourceConfig", "InstanceType"],
	"count": ["ResourceConfig", "InstanceCount"],
	"output": ["OutputDataConfig", "KmsKeyId"],
	"traffic": ["EnableInterContainerTrafficEncryption"],
	"isolation": ["EnableNetworkIsolation"],
	"vpc": ["VpcConfig"],
}

job_layout("Processing") := {
	"volume": ["ProcessingResources", "ClusterConfig", "VolumeKmsKeyId"],
	"instance_type": ["ProcessingResources", "ClusterConfig", "InstanceType"],
	"count": ["ProcessingResources", "ClusterConfig", "InstanceCount"],
	"output": ["ProcessingOutputConfig", "KmsKeyId"],
	"traffic": ["NetworkConfig", "EnableInterContainerTrafficEncryption"],
	"isolation": ["NetworkConfig", "EnableNetworkIsolation"],
	"vpc": ["NetworkConfig", "VpcConfig"],
}

job_layout("Transform") := {
	"volume": ["TransformResources", "VolumeKmsKeyId"],
	"instance_type": ["TransformResources", "InstanceType"],
	"count": ["TransformResources", "InstanceCount"],
	"output": ["TransformOutput", "KmsKeyId"],
}

# Monitoring job definitions (AWS::SageMaker::DataQualityJobDefinition and its three siblings);
# prefix names the output configuration: DataQuality, ModelQuality, ModelBias, ModelExplainability.
monitoring_layout(prefix) := {
	"volume": ["JobResources", "ClusterConfig", "VolumeKmsKeyId"],
	"instance_type": ["JobResources", "ClusterConfig", "InstanceType"],
	"count": ["JobResources", "ClusterConfig", "InstanceCount"],
	"output": [concat("", [prefix, "JobOutputConfig"]), "KmsKeyId"],
	"traffic": ["NetworkConfig", "EnableInterContainerTrafficEncryption"],
	"isolation": ["NetworkConfig", "EnableNetworkIsolation"],
	"vpc": ["NetworkConfig", "VpcConfig"],
}

# The job definition inline in a monitoring schedule (MonitoringScheduleConfig.MonitoringJobDefinition).
schedule_layout := {
	"volume": ["MonitoringResources", "ClusterConfig", "VolumeKmsKeyId"],
	"instance_type": ["MonitoringResources", "ClusterConfig", "InstanceType"],
	"count": ["MonitoringResources", "ClusterConfig", "InstanceCount"],
	"output": ["MonitoringOutputConfig", "KmsKeyId"],
	"traffic": ["NetworkConfig", "EnableInterContainerTrafficEncryption"],
	"isolation": ["NetworkConfig", "EnableNetworkIsolation"],
	"vpc": ["NetworkConfig", "VpcConfig"],
}

# The layout as dotted names, for messages.
dotted(keys) := concat(".", [format_key(k) | some k in keys])

format_key(k) := k if is_string(k)

else := format_int(k, 10)

# A job whose instances are known to be more than one: distributed, so its containers talk.
distributed(args, layout) if {
	s := setting(args, layout.count)
	s.state == "set"
	is_number(s.value)
	s.value > 1
}

# A training job on a heterogeneous cluster (ResourceConfig.InstanceGroups) of known size > 1.
distributed(args, layout) if {
	layout.count == ["ResourceConfig", "InstanceCount"]
	groups := args.ResourceConfig.InstanceGroups
	is_array(groups)
	counts := [g.InstanceCount | some g in groups]
	count(counts) == count(groups)
	every c in counts {
		is_number(c)
	}
	sum(counts) > 1
}

# The volume KMS key must be set: not for instance types with local storage, nor when the type is
# unknown (a tuning job's HyperParameterTuningResourceConfig, a pipeline parameter).
volume_key_applies(args, layout) if {
	t := setting(args, layout.instance_type)
	t.state == "set"
	is_string(t.value)
	not local_storage_instance(t.value)
}

# --- Pipeline definitions ------------------------------------------------------------------------

# The definition of a pipeline, when its JSON text is known and valid.
pipeline_document(text) := doc if {
	is_string(text)
	json.is_valid(text)
	doc := json.unmarshal(text)
	is_object(doc)
}

# Every job a pipeline definition runs, in Condition steps too: {"step", "type", "args", "layout"}.
# A Tuning step yields the training job definition(s) it tunes.
pipeline_jobs(doc) := {j |
	some step in pipeline_steps(doc)
	some j in step_jobs(step)
}

pipeline_steps(doc) := {s |
	walk(doc, [_, s])
	is_object(s)
	is_string(s.Name)
	is_string(s.Type)
	is_object(s.Arguments)
}

step_jobs(s) := {{"step": s.Name, "type": s.Type, "args": s.Arguments, "layout": job_layout(s.Type)}} if s.Type in {"Training", "Processing", "Transform"}

step_jobs(s) := {{"step": s.Name, "type": "Tuning", "args": d, "layout": job_layout("Training")} | some d in tuning_definitions(s.Arguments)} if s.Type == "Tuning"

tuning_definitions(a) := {d | some d in array.concat(object_list(a, "TrainingJobDefinition"), object_list(a, "TrainingJobDefinitions"))}

object_list(a, k) := [a[k]] if is_object(a[k])

else := [d | some d in a[k]; is_object(d)] if is_array(a[k])

else := []

# A pipeline definition body written in CloudFormation: a literal string, or a Fn::Sub whose
# placeholders (${KmsKey}) sit inside JSON strings. A placeholder value is unknown, but it is set.
cfn_pipeline_text(body) := body if is_string(body)

cfn_pipeline_text(body) := body["Fn::Sub"] if is_string(body["Fn::Sub"])

cfn_pipeline_text(body) := body["Fn::Sub"][0] if is_string(body["Fn::Sub"][0])

# Where a finding about a pipeline step lands: the step's name inside the definition text.
step_snippet(name) := json.marshal(name)

# --- Production --------------------------------------------------------------------------------

# A tag map marks a resource as production: one of the keys (any case) has one of the values (any
# case). Unknown keys or values never match.
production_tags(tags, keys, values) if {
	is_object(tags)
	some k, v in tags
	is_string(v)
	lower(k) in {lower(x) | some x in keys}
	lower(v) in {lower(x) | some x in values}
}

# CloudFormation tags are a list of {"Key", "Value"}.
cfn_tag_map(tags) := {t.Key: t.Value | some t in tags; is_string(t.Key)} if is_array(tags)

else := {}

# --- S3 URIs and images ------------------------------------------------------------------------

# The bucket of an S3 URI: s3://bucket/key, https://bucket.s3[.region].amazonaws.com/key or
# https://s3[.region].amazonaws.com/bucket/key.
s3_bucket(uri) := m[0][1] if {
	m := regex.find_all_string_submatch_n(`^s3://([^/]+)`, uri, 1)
	count(m) == 1
} else := m[0][1] if {
	m := regex.find_all_string_submatch_n(`^https://([^/]+)\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com(\.cn)?/`, uri, 1)
	count(m) == 1
} else := m[0][3] if {
	m := regex.find_all_string_submatch_n(`^https://s3[.-]([a-z0-9-]+\.)?amazonaws\.com(\.cn)?/([^/]+)`, uri, 1)
	count(m) == 1
}

# An artefact URI is approved: the list is empty, its bucket is listed by name, or it starts with a
# listed s3:// prefix.
approved_uri(_, approved) if count(approved) == 0

approved_uri(uri, approved) if {
	some a in approved
	not startswith(a, "s3://")
	s3_bucket(uri) == a
}

approved_uri(uri, approved) if {
	some a in approved
	startswith(a, "s3://")
	startswith(uri, a)
}

# --- Jobs --------------------------------------------------------------------------------------

# A SageMaker job the rules check (TG-AWS-023, TG-AWS-024, TG-AWS-027), in one shape for every
# source: a Terraform job definition or monitoring schedule, a CloudFormation one, or a step of a
# pipeline definition in either. Fields:
#   label     names the job in messages
#   block     path of the resource block (where a setting missing at its top lands)
#   base      path the settings' "at" is relative to
#   def_path  for a pipeline step: path of the definition text, and snippet: the step's name in it
#   names     each setting's name as the author writes it, for messages
#   settings  each setting, as setting() or tf_setting() describes it
#   distributed, volume_key_applies, output_optional: booleans

# A finding about one setting of a job: at the setting, at the deepest block that exists, or, in
# a pipeline definition, at the step's name.
setting_violation(chain, job, s, msg) := result.violation_at(chain, job.def_path, msg, job.snippet) if {
	is_string(job.snippet)
} else := result.violation(chain, job.block, msg) if {
	count(s.at) == 0
} else := result.violation(chain, array.concat(job.base, s.at), msg)

# A job in the API's shape (CloudFormation, pipeline definitions). prefix is prepended to the
# names of its settings in messages (the inline job definition of a monitoring schedule).
api_job(label, block, base, args, layout, prefix) := {
	"label": label,
	"block": block,
	"base": base,
	"names": {k: concat("", [prefix, dotted(keys)]) | some k, keys in layout},
	"settings": {k: setting(args, keys) | some k, keys in layout},
	"distributed": flag_distributed(args, layout),
	"volume_key_applies": flag_volume_key(args, layout),
	"output_optional": layout == job_layout("Processing"),
}

flag_distributed(args, layout) if distributed(args, layout)

else := false

flag_volume_key(args, layout) if volume_key_applies(args, layout)

else := false

flag_tf_distributed(cfg, layout) if tf_distributed(cfg, layout)

else := false

flag_tf_volume_key(cfg, layout) if tf_volume_key_applies(cfg, layout)

else := false

pipeline_job(label, block, def_path, j) := object.union(api_job(step_label(label, j), block, [], j.args, j.layout, ""), {"def_path": def_path, "snippet": step_snippet(j.step)})

step_label(label, j) := concat("", [label, " step ", json.marshal(j.step), " (", j.type, ")"])

# Terraform jobs: nested blocks of snake_case settings. A layout maps each setting to the blocks
# that hold it and its attribute name.
tf_job(r, layout) := {
	"label": r.label,
	"block": r.path,
	"base": array.concat(r.path, ["config"]),
	"names": {k: concat(".", array.concat(l.blocks, [l.attr])) | some k, l in layout},
	"settings": {k: tf_setting(r.config, l.blocks, l.attr) | some k, l in layout},
	"distributed": flag_tf_distributed(r.config, layout),
	"volume_key_applies": flag_tf_volume_key(r.config, layout),
	"output_optional": false,
}

tf_distributed(cfg, layout) if {
	s := tf_setting(cfg, layout.count.blocks, layout.count.attr)
	s.state == "set"
	is_number(s.value)
	s.value > 1
}

tf_volume_key_applies(cfg, layout) if {
	t := tf_setting(cfg, layout.instance_type.blocks, layout.instance_type.attr)
	t.state == "set"
	is_string(t.value)
	not local_storage_instance(t.value)
}

tf_monitoring_layout(prefix, output) := {
	"volume": {"blocks": array.concat(prefix, ["cluster_config"]), "attr": "volume_kms_key_id"},
	"instance_type": {"blocks": array.concat(prefix, ["cluster_config"]), "attr": "instance_type"},
	"count": {"blocks": array.concat(prefix, ["cluster_config"]), "attr": "instance_count"},
	"output": {"blocks": output, "attr": "kms_key_id"},
	"traffic": {"blocks": network_blocks(prefix), "attr": "enable_inter_container_traffic_encryption"},
	"isolation": {"blocks": network_blocks(prefix), "attr": "enable_network_isolation"},
	"vpc": {"blocks": network_blocks(prefix), "attr": "vpc_config"},
}

# prefix is [job_resources] for a job definition, or the inline definition's
# [monitoring_schedule_config, monitoring_job_definition, monitoring_resources].
network_blocks(prefix) := ["network_config"] if prefix == ["job_resources"]

else := array.concat(array.slice(prefix, 0, 2), ["network_config"])

tf_jobs contains tf_job(r, tf_monitoring_layout(["job_resources"], ["data_quality_job_output_config"])) if {
	some r in tf.resources("aws_sagemaker_data_quality_job_definition")
}

tf_jobs contains tf_job(r, tf_monitoring_layout(prefix, ["monitoring_schedule_config", "monitoring_job_definition", "monitoring_output_config"])) if {
	some r in tf.resources("aws_sagemaker_monitoring_schedule")
	_ := tf_block_keys(r.config, ["monitoring_schedule_config", "monitoring_job_definition"])
	prefix := ["monitoring_schedule_config", "monitoring_job_definition", "monitoring_resources"]
}

tf_jobs contains pipeline_job(r.label, r.path, array.concat(r.path, ["config", "pipeline_definition"]), j) if {
	some r in tf.resources("aws_sagemaker_pipeline")
	some j in pipeline_jobs(pipeline_document(r.config.pipeline_definition))
}

# CloudFormation jobs.
cfn_monitoring_types := {
	"AWS::SageMaker::DataQualityJobDefinition": "DataQuality",
	"AWS::SageMaker::ModelQualityJobDefinition": "ModelQuality",
	"AWS::SageMaker::ModelBiasJobDefinition": "ModelBias",
	"AWS::SageMaker::ModelExplainabilityJobDefinition": "ModelExplainability",
}

cfn_label(r) := concat("/", [r.type, r.id])

cfn_jobs contains api_job(cfn_label(r), props, props, r.properties, monitoring_layout(prefix), "") if {
	some r in cfn.resources
	prefix := cfn_monitoring_types[r.type]
	props := array.concat(r.path, ["Properties"])
}

cfn_jobs contains api_job(cfn_label(r), array.concat(props, inline), array.concat(props, inline), d, schedule_layout, "MonitoringScheduleConfig.MonitoringJobDefinition.") if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::MonitoringSchedule"
	inline := ["MonitoringScheduleConfig", "MonitoringJobDefinition"]
	s := setting(r.properties, inline)
	s.state == "set"
	d := s.value
	is_object(d)
	props := array.concat(r.path, ["Properties"])
}

cfn_jobs contains pipeline_job(cfn_label(r), props, array.concat(props, ["PipelineDefinition", "PipelineDefinitionBody"]), j) if {
	some r in cfn.resources
	r.type == "AWS::SageMaker::Pipeline"
	text := cfn_pipeline_text(r.properties.PipelineDefinition.PipelineDefinitionBody)
	some j in pipeline_jobs(pipeline_document(text))
	props := array.concat(r.path, ["Properties"])
}

# --- Finding paths -----------------------------------------------------------------------------

# The path of a setting's "at" in a Terraform resource: the resource block itself when the setting
# is missing at the top.
tf_path(r, at) := r.path if count(at) == 0

else := array.concat(array.concat(r.path, ["config"]), at)

# The path of a setting's "at" in a CloudFormation resource (its Properties when at is empty).
cfn_path(r, at) := array.concat(array.concat(r.path, ["Properties"]), at)

# --- Job settings ------------------------------------------------------------------------------

# A boolean setting is not known to be on: missing (every such SageMaker setting defaults to off)
# or false.
not_enabled(s) if s.state == "missing"

not_enabled(s) if {
	s.state == "set"
	values.falsy(s.value)
}

# A structure or nested block is absent (a plan writes an absent block as []).
no_block(s) if s.state == "missing"

no_block(s) if {
	s.state == "set"
	s.value == []
}

no_block(s) if {
	s.state == "set"
	is_null(s.value)
}

# A processing job without an output configuration writes nothing to S3: no output key needed.
no_outputs(job, s) if {
	job.output_optional
	count(s.at) == 0
}

# --- Models, endpoint configurations, endpoints (Terraform) -------------------------------------

# The resource name a single reference points at: "scoring" for aws_sagemaker_model.scoring.name.
ref_name(v, type) := m[0][1] if {
	is_string(v.ref)
	m := regex.find_all_string_submatch_n(concat("", ["^", type, `\.([A-Za-z0-9_-]+)`]), v.ref, 1)
	count(m) == 1
}

# Every resource name of a type an unknown value refers to.
ref_names(v, type) := {m[0][1] |
	some r in v.refs
	m := regex.find_all_string_submatch_n(concat("", ["^", type, `\.([A-Za-z0-9_-]+)`]), r, 1)
	count(m) == 1
}

# A name attribute (model_name, endpoint_config_name) surely names resource target (an entry of
# tf.resources) of the given type: by reference in the same module, or by the same literal name.
names_surely(v, holder, target, type) if {
	ref_name(v, type) == target.resource.name
	holder.resource.module == target.resource.module
}

names_surely(v, _, target, _) if {
	is_string(v)
	v == target.config.name
}

# ... or may name it: it surely does, or one of the two names is unknown and the value does not
# refer to another resource of the type.
names_maybe(v, holder, target, type) if names_surely(v, holder, target, type)

names_maybe(v, _, _, type) if {
	tf.unknown(v)
	count(ref_names(v, type)) == 0
}

names_maybe(v, _, target, _) if {
	is_string(v)
	tf.unknown(target.config.name)
}

names_maybe(v, _, target, _) if {
	is_string(v)
	object.get(target.config, "name", null) == null
}

# The production and shadow variants of an endpoint configuration's config, with their paths.
tf_variants(cfg) := {{"block": b.block, "path": b.path} | some name in ["production_variants", "shadow_production_variants"]; some b in tf.blocks(cfg, name)}

tf_serverless(v) if count(tf.blocks(v, "serverless_config")) > 0

# A model that a serverless variant may serve: SageMaker supports neither network isolation nor a
# VPC for serverless endpoints.
tf_serves_serverless(model) if {
	some c in tf.resources("aws_sagemaker_endpoint_configuration")
	some v in tf_variants(c.config)
	tf_serverless(v.block)
	names_maybe(object.get(v.block, "model_name", null), c, model, "aws_sagemaker_model")
}

# The endpoints that surely or maybe use an endpoint configuration.
tf_endpoints_surely(c) := {e |
	some e in tf.resources("aws_sagemaker_endpoint")
	names_surely(object.get(e.config, "endpoint_config_name", null), e, c, "aws_sagemaker_endpoint_configuration")
}

tf_endpoints_maybe(c) := {e |
	some e in tf.resources("aws_sagemaker_endpoint")
	names_maybe(object.get(e.config, "endpoint_config_name", null), e, c, "aws_sagemaker_endpoint_configuration")
}

# An endpoint configuration is production: its tags, the tags of an endpoint that surely uses it,
# or the default_tags of their provider say so (tags_all in a plan).
tf_production(c, keys, values) if tf_tagged(c, keys, values)

tf_production(c, keys, values) if {
	some e in tf_endpoints_surely(c)
	tf_tagged(e, keys, values)
}

tf_tagged(r, keys, values) if production_tags(object.get(r.config, "tags", {}), keys, values)

tf_tagged(r, keys, values) if production_tags(object.get(r.config, "tags_all", {}), keys, values)

tf_tagged(r, keys, values) if production_tags(gov.default_tags(r.resource), keys, values)

# An Application Auto Scaling target may keep the variant of configuration c at two instances or
# more: it scales SageMaker variants (or may), its minimum is not known to be below 2, and its
# resource id may name an endpoint that uses c (and the variant).
tf_scaled(c, variant) if {
	some t in tf.resources("aws_appautoscaling_target")
	may_equal(object.get(t.config, "service_namespace", null), "sagemaker")
	may_equal(object.get(t.config, "scalable_dimension", null), "sagemaker:variant:DesiredInstanceCount")
	not below_two(object.get(t.config, "min_capacity", null))
	tf_target_may_name(t, c, variant)
}

may_equal(v, want) if v == want

may_equal(v, _) if tf.unknown(v)

below_two(v) if {
	is_number(v)
	v < 2
}

# A resource id that refers to endpoints: one of them uses c. One that refers to none may be any.
tf_target_may_name(t, _, _) if {
	id := t.config.resource_id
	tf.unknown(id)
	names := ref_names(id, "aws_sagemaker_endpoint")
	count(names) == 0
}

tf_target_may_name(t, c, _) if {
	id := t.config.resource_id
	tf.unknown(id)
	some e in tf_endpoints_maybe(c)
	e.resource.name in ref_names(id, "aws_sagemaker_endpoint")
}

# A literal endpoint/<name>/variant/<variant> id.
tf_target_may_name(t, c, variant) if {
	parts := split(t.config.resource_id, "/")
	count(parts) == 4
	parts[0] == "endpoint"
	some e in tf_endpoints_maybe(c)
	may_be_named(object.get(e.config, "name", null), parts[1])
	may_be_named(object.get(variant, "variant_name", null), parts[3])
}

may_be_named(v, name) if v == name

may_be_named(v, _) if tf.unknown(v)

may_be_named(v, _) if v == null

# --- Models, endpoint configurations, endpoints (CloudFormation) --------------------------------

cfn_of_type(type) := {r | some r in cfn.resources; r.type == type}

# A name property surely names resource target: !GetAtt Target.<attr>, !Ref Target, or the same
# literal as the target's own name property.
cfn_names_surely(v, target, _, _) if v == {"Ref": target.id}

cfn_names_surely(v, target, attr, _) if v == {"Fn::GetAtt": [target.id, attr]}

cfn_names_surely(v, target, _, name_prop) if {
	is_string(v)
	v == target.properties[name_prop]
}

# ... or may: an intrinsic that refers to no other resource of the target's type, or a literal
# when the target's name is not a literal.
cfn_names_maybe(v, target, attr, name_prop) if cfn_names_surely(v, target, attr, name_prop)

cfn_names_maybe(v, target, _, _) if {
	cfn.intrinsic(v)
	not cfn_refers_to_other(v, target)
}

cfn_names_maybe(v, target, _, name_prop) if {
	is_string(v)
	not is_string(target.properties[name_prop])
}

cfn_refers_to_other(v, target) if {
	some other in cfn.resources
	other.type == target.type
	other.id != target.id
	cfn_mentions(v, other.id)
}

cfn_mentions(v, id) if {
	walk(v, [_, x])
	x == id
}

cfn_mentions(v, id) if {
	walk(v, [_, x])
	is_string(x)
	contains(x, concat("", ["${", id, "."]))
}

cfn_mentions(v, id) if {
	walk(v, [_, x])
	is_string(x)
	contains(x, concat("", ["${", id, "}"]))
}

cfn_variants(props) := {{"variant": v, "keys": [name, i]} |
	some name in ["ProductionVariants", "ShadowProductionVariants"]
	is_array(props[name])
	some i, v in props[name]
}

cfn_serverless(v) if is_object(v.ServerlessConfig)

cfn_serves_serverless(model) if {
	some c in cfn_of_type("AWS::SageMaker::EndpointConfig")
	some x in cfn_variants(c.properties)
	cfn_serverless(x.variant)
	cfn_names_maybe(x.variant.ModelName, model, "ModelName", "ModelName")
}

cfn_endpoints_surely(c) := {e |
	some e in cfn_of_type("AWS::SageMaker::Endpoint")
	cfn_names_surely(e.properties.EndpointConfigName, c, "EndpointConfigName", "EndpointConfigName")
}

cfn_endpoints_maybe(c) := {e |
	some e in cfn_of_type("AWS::SageMaker::Endpoint")
	cfn_names_maybe(e.properties.EndpointConfigName, c, "EndpointConfigName", "EndpointConfigName")
}

cfn_production(c, keys, values) if production_tags(cfn_tag_map(object.get(c.properties, "Tags", [])), keys, values)

cfn_production(c, keys, values) if {
	some e in cfn_endpoints_surely(c)
	production_tags(cfn_tag_map(object.get(e.properties, "Tags", [])), keys, values)
}

cfn_scaled(c, variant) if {
	some t in cfn_of_type("AWS::ApplicationAutoScaling::ScalableTarget")
	cfn_may_equal(object.get(t.properties, "ServiceNamespace", null), "sagemaker")
	cfn_may_equal(object.get(t.properties, "ScalableDimension", null), "sagemaker:variant:DesiredInstanceCount")
	not below_two(object.get(t.properties, "MinCapacity", null))
	cfn_target_may_name(t, c, variant)
}

cfn_may_equal(v, want) if v == want

cfn_may_equal(v, _) if cfn.intrinsic(v)

# An intrinsic resource id (usually !Sub endpoint/${Endpoint.EndpointName}/variant/...) may name
# an endpoint that uses c, unless it mentions only endpoints that do not.
cfn_target_may_name(t, c, _) if {
	id := t.properties.ResourceId
	cfn.intrinsic(id)
	not cfn_mentions_only_other_endpoints(id, c)
}

cfn_target_may_name(t, c, variant) if {
	parts := split(t.properties.ResourceId, "/")
	count(parts) == 4
	parts[0] == "endpoint"
	some e in cfn_endpoints_maybe(c)
	cfn_may_be_named(object.get(e.properties, "EndpointName", null), parts[1])
	cfn_may_be_named(object.get(variant, "VariantName", null), parts[3])
}

cfn_mentions_only_other_endpoints(id, c) if {
	mentioned := {e.id | some e in cfn_of_type("AWS::SageMaker::Endpoint"); cfn_mentions(id, e.id)}
	count(mentioned) > 0
	users := {e.id | some e in cfn_endpoints_maybe(c)}
	count(mentioned & users) == 0
}

cfn_may_be_named(v, name) if v == name

cfn_may_be_named(v, _) if cfn.intrinsic(v)

cfn_may_be_named(v, _) if v == null

# The containers of an AWS::SageMaker::Model, with their keys under Properties.
cfn_containers(props) := {{"container": props.PrimaryContainer, "keys": ["PrimaryContainer"]} | is_object(props.PrimaryContainer); not cfn.intrinsic(props.PrimaryContainer)} | {{"container": c, "keys": ["Containers", i]} |
	is_array(props.Containers)
	some i, c in props.Containers
	is_object(c)
	not cfn.intrinsic(c)
}

# An image reference without a digest whose tag is missing or "latest": what it names can change.
moving_image(image) if {
	not contains(image, "@")
	not image_tag(image)
}

moving_image(image) if {
	not contains(image, "@")
	image_tag(image) == "latest"
}

# The tag of an image reference: after the last ":" of its last path segment.
image_tag(image) := tag if {
	segments := split(image, "/")
	last := segments[count(segments) - 1]
	contains(last, ":")
	parts := split(last, ":")
	tag := parts[count(parts) - 1]
}

# A minimum instance metadata service version of 2, written as a string or a number.
imds_v2(v) if v == "2"

imds_v2(v) if v == 2

# "1 instance", "0 instances": for messages.
instances(n) := "1 instance" if n == 1

else := concat("", [format_int(n, 10), " instances"])
