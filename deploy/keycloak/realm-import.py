#!/usr/bin/env python3
"""Writes deploy/kubernetes/base/keycloak-realm-import.yaml from deploy/keycloak/homeward-realm.json.

JSON is YAML: the realm goes into the operator's KeycloakRealmImport as it is.
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
realm = json.loads((root / "deploy/keycloak/homeward-realm.json").read_text(encoding="utf-8"))
head = """# The realm of deploy/keycloak/homeward-realm.json, imported by the Keycloak operator once.
# Generated: keep it equal to that file (DeploymentManifestsTest checks it); regenerate with
#   python3 deploy/keycloak/realm-import.py
"""
body = {"apiVersion": "k8s.keycloak.org/v2alpha1", "kind": "KeycloakRealmImport", "metadata": {"name": "homeward"},
        "spec": {"keycloakCRName": "keycloak", "realm": realm}}
(root / "deploy/kubernetes/base/keycloak-realm-import.yaml").write_text(
    head + json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
