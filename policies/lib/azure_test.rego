package tollgate.lib.azure_test

import data.tollgate.lib.azure

unknown_var(name) := {"__unknown__": true, "expr": concat(".", ["var", name]), "refs": [concat(".", ["var", name])]}

dynamic(collection) := {"public_key": unknown_var("key"), "__dynamic__": true, "__for_each__": collection}

test_renamed_arguments if {
	names := ["https_traffic_only_enabled", "enable_https_traffic_only"]
	azure.unset({"name": "sa"}, names)
	azure.unset({"enable_https_traffic_only": null}, names)
	not azure.unset({"enable_https_traffic_only": false}, names)
	not azure.unset({"https_traffic_only_enabled": unknown_var("x")}, names)
	azure.settings({"enable_https_traffic_only": false, "name": "sa"}, names) == {{"name": "enable_https_traffic_only", "value": false}}
}

test_plain_blocks_exist if {
	azure.exists({"public_key": "ssh-rsa AAAA"})
	azure.may_exist({"public_key": "ssh-rsa AAAA"})
}

test_dynamic_blocks_exist_only_with_a_known_non_empty_collection if {
	azure.exists(dynamic(["a"]))
	not azure.exists(dynamic([]))
	not azure.exists(dynamic(unknown_var("keys")))
	azure.may_exist(dynamic(unknown_var("keys")))
	azure.may_exist(dynamic({"a": 1}))
	not azure.may_exist(dynamic([]))
}

test_may_have_block if {
	azure.may_have_block({"encryption": [{"key_id": "k"}]}, "encryption")
	azure.may_have_block({"encryption": [dynamic(unknown_var("keys"))]}, "encryption")
	azure.may_have_block({"encryption": unknown_var("encryption")}, "encryption")
	not azure.may_have_block({"encryption": [dynamic([])]}, "encryption")
	not azure.may_have_block({"name": "ws"}, "encryption")
	not azure.may_have_block({"encryption": []}, "encryption")
}

test_existing_blocks if {
	body := {"ssh": [{"public_key": "k"}, dynamic([]), dynamic(unknown_var("keys"))]}
	azure.existing_blocks(body, "ssh") == {{"block": {"public_key": "k"}, "path": ["ssh", 0]}}
}
