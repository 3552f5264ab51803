"""Enrolment with one-time codes, bearer tokens (hashed at the hub), refusals logged; health
and the OpenAPI description. All over real HTTP against a real PostgreSQL."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from typing import Any

import httpx
import psycopg
from hubkit import batch, changes, count, enrol, serving

from clinic_app.hub import SCHEMA_VERSION, commands
from clinic_app.hub.app import make_app


def refusals(dsn: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute("SELECT reason, method, path, site_id, token_hint, remote "
                            "FROM refusals ORDER BY id").fetchall()


def test_an_enrolment_code_works_once(hub_url: str, dsn: str) -> None:
    code = commands.enroll(dsn, "Kibera Clinic")
    assert re.fullmatch(r"[2-9A-Z]{4}(-[2-9A-Z]{4}){3}", code)

    first = httpx.post(f"{hub_url}/v1/enroll", json={"code": code, "site_id": "kib-pc1"})
    assert first.status_code == 200
    answer = first.json()
    assert answer["site_id"] == "kib-pc1" and answer["site_name"] == "Kibera Clinic"
    token = answer["token"]

    again = httpx.post(f"{hub_url}/v1/enroll", json={"code": code, "site_id": "intruder"})
    assert again.status_code == 401
    assert "used already" in again.json()["error"]
    assert [r[:3] for r in refusals(dsn)] == [("bad enrolment code", "POST", "/v1/enroll")]
    assert count(dsn, "SELECT count(*) FROM sites WHERE site_id = 'intruder'") == 0

    # The token works; the hub keeps only hashes of it and of the code.
    ok = httpx.get(f"{hub_url}/v1/pull", params={"cursor": 0},
                   headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200 and ok.json() == {"changes": [], "cursor": 0, "more": False}
    with psycopg.connect(dsn, autocommit=True) as conn:
        dump = str(conn.execute("SELECT t.*, c.* FROM tokens t, enrolment_codes c").fetchall())
    assert token not in dump and code.replace("-", "") not in dump
    assert hashlib.sha256(token.encode()).hexdigest() in dump


def test_a_code_typed_loosely_still_works_and_the_hub_can_name_the_site(
        hub_url: str, dsn: str) -> None:
    code = commands.enroll(dsn, "  Mathare   Clinic ")
    typed = code.replace("-", " ").lower()
    r = httpx.post(f"{hub_url}/v1/enroll", json={"code": typed})
    assert r.status_code == 200
    answer = r.json()
    assert answer["site_name"] == "Mathare Clinic"
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        answer["site_id"])


def test_a_wrong_or_missing_token_is_refused_and_logged(hub_url: str, dsn: str) -> None:
    site = enrol(hub_url, dsn, "Kibera", "kib")
    wrong = "cct1_" + "x" * 43
    r = httpx.get(f"{hub_url}/v1/pull", params={"cursor": 0},
                  headers={"Authorization": f"Bearer {wrong}"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert "not known" in r.json()["error"]
    r = httpx.post(f"{hub_url}/v1/push", json=batch("kib", changes("kib", 2)))
    assert r.status_code == 401
    r = httpx.get(f"{hub_url}/v1/pull", headers={"Authorization": "Basic a2liOmtpYg=="})
    assert r.status_code == 401

    logged = refusals(dsn)
    assert [(x[0], x[1], x[2]) for x in logged] == [
        ("wrong token", "GET", "/v1/pull"), ("no token", "POST", "/v1/push"),
        ("no token", "GET", "/v1/pull")]
    assert logged[0][4] == hashlib.sha256(wrong.encode()).hexdigest()[:12]  # a hint, not it
    assert all(x[5] == "127.0.0.1" for x in logged)
    assert count(dsn, "SELECT count(*) FROM changes") == 0
    site.close()


def test_a_revoked_token_is_refused_and_logged(hub_url: str, dsn: str) -> None:
    site = enrol(hub_url, dsn, "Kibera", "kib")
    site.push(batch("kib", changes("kib", 3)))
    assert commands.revoke(dsn, "kib") == 1

    r = site.push_raw(batch("kib", changes("kib", 2)))
    assert r.status_code == 401 and "revoked" in r.json()["error"]
    r = site.http.get("/v1/pull", params={"cursor": 0})
    assert r.status_code == 401
    assert [(x[0], x[3]) for x in refusals(dsn)] == [("revoked token", "kib")] * 2
    assert count(dsn, "SELECT count(*) FROM changes") == 3  # nothing after the revocation
    status = {s["site_id"]: s for s in commands.status(dsn)}
    assert status["kib"]["revoked"] is True and status["kib"]["live_tokens"] == 0
    site.close()


def test_enrolling_a_known_site_again_replaces_its_token(hub_url: str, dsn: str) -> None:
    old = enrol(hub_url, dsn, "Kibera", "kib")
    new = enrol(hub_url, dsn, "Kibera (reinstalled)", "kib")
    assert old.push_raw(batch("kib", changes("kib", 1))).status_code == 401
    assert new.push(batch("kib", changes("kib", 1)))["accepted"]
    old.close()
    new.close()


def test_health_reports_the_database_and_the_hubs_clock(hub_url: str) -> None:
    r = httpx.get(f"{hub_url}/v1/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["schema"] == SCHEMA_VERSION
    assert abs(body["time_ms"] - time.time() * 1000) < 60_000


def test_health_says_when_the_database_has_no_schema(new_db: Callable[..., str]) -> None:
    with serving(make_app(new_db(schema=False))) as url:
        r = httpx.get(f"{url}/v1/health")
        assert r.status_code == 503
        assert "hub init" in r.json()["error"]
        r = httpx.post(f"{url}/v1/enroll", json={"code": "AAAA-BBBB-CCCC-DDDD"})
        assert r.status_code == 503 and "hub init" in r.json()["error"]


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "$ref"] + [
            r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_the_openapi_description_is_served(hub_url: str) -> None:
    r = httpx.get(f"{hub_url}/openapi.json")
    assert r.status_code == 200
    doc = r.json()
    assert doc["openapi"].startswith("3.")
    assert set(doc["paths"]) == {"/v1/push", "/v1/pull", "/v1/enroll", "/v1/health"}
    assert doc["paths"]["/v1/push"]["post"]["security"] == [{"siteToken": []}]
    assert doc["components"]["securitySchemes"]["siteToken"]["scheme"] == "bearer"
    schemas = doc["components"]["schemas"]
    assert all(ref.removeprefix("#/components/schemas/") in schemas for ref in _refs(doc))
    assert schemas["Change"]["required"] == ["change_id", "site_id", "table", "row_id", "op",
                                             "hlc", "fields", "base"]
