package tollgate.rules.cloudformation.hardcoded_secrets_test

import data.tollgate.rules.cloudformation.hardcoded_secrets as rule

found(vs) := {[v.rule, v.path] | some v in vs}

test_properties_pairs_and_parameters if {
	t := {
		"Parameters": {
			"DbPassword": {"Type": "String", "NoEcho": true, "Default": "Tollgate-Fixture-1"},
			"AdminSecret": {"Type": "String", "NoEcho": "true", "Default": "db-admin"},
			"Env": {"Type": "String", "Default": "prod"},
		},
		"Resources": {
			"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUsername": "mlflow", "MasterUserPassword": "changeme"}},
			"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [{"Name": "mlflow", "Environment": [{"Name": "MLFLOW_TRACKING_TOKEN", "Value": "Tollgate-Fixture-Token-3"}, {"Name": "AWS_ACCESS_KEY_ID", "Value": "AKIATOLLGATEFIXTURE2"}]}]}},
		},
	}
	vs := rule.violations with input as t
	found(vs) == {
		["TG-SECRET-001", ["Parameters", "DbPassword", "Default"]],
		["TG-SECRET-001", ["Parameters", "AdminSecret", "Default"]],
		["TG-SECRET-001", ["Resources", "Db", "Properties", "MasterUserPassword"]],
		["TG-SECRET-001", ["Resources", "Task", "Properties", "ContainerDefinitions", 0, "Environment", 0, "Value"]],
		["TG-SECRET-001", ["Resources", "Task", "Properties", "ContainerDefinitions", 0, "Environment", 1, "Value"]],
	}
	{v.msg | some v in vs} == {
		"the default of parameter 'DbPassword' is a hard-coded password",
		"the default of the NoEcho parameter 'AdminSecret' is a hard-coded secret",
		"resource 'Db' Properties.MasterUserPassword is a hard-coded password",
		"resource 'Task' Properties.ContainerDefinitions[0].Environment[0].Value is a hard-coded token",
		"resource 'Task' Properties.ContainerDefinitions[0].Environment[1].Value holds an AWS access key id",
	}
}

test_references_are_compliant if {
	t := {"Parameters": {"DbPassword": {"Type": "String", "NoEcho": true}}, "Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {
		"MasterUserPassword": "{{resolve:secretsmanager:mlflow/db:SecretString:password}}",
		"MasterUsername": {"Ref": "DbUser"},
	}}}}
	count(rule.violations) == 0 with input as t
	u := {"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUserPassword": {"Ref": "DbPassword"}}}}}
	count(rule.violations) == 0 with input as u
}
