"""`extract --schema` documents the output contract (issue 19): every property of every record
has a description, and the schema is the one the CLI prints."""
import json
import subprocess
import sys

from carepolicy_extract.cli import _schema


def _properties(node, path=""):
    """(path, property schema) for every property anywhere in a JSON Schema."""
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            yield f"{path}.{name}", sub
        for key, sub in node.items():
            yield from _properties(sub, f"{path}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from _properties(sub, f"{path}[{i}]")


def test_every_property_has_a_description():
    schema = json.loads(_schema())
    props = list(_properties(schema))
    assert len(props) > 60    # Document, Source, Repair, Warning, Policy, Measure, MeasureRow, RunManifest, FileEntry
    missing = [path for path, sub in props if not str(sub.get("description", "")).strip()]
    assert missing == []
    models = schema["$defs"]
    assert {"Document", "Source", "Policy", "Measure", "MeasureRow", "RunManifest", "FileEntry"} <= set(models)
    assert [name for name, m in models.items() if not m.get("description")] == []


def test_cli_prints_the_schema():
    r = subprocess.run([sys.executable, "-m", "carepolicy_extract.cli", "--schema"], capture_output=True, text=True)
    assert r.returncode == 0
    assert json.loads(r.stdout) == json.loads(_schema())
