"""Architecture rules that keep the design honest."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src" / "linkscreen"
PYTHON_FOLDERS = ("src", "tests", "scripts", "benchmarks")
FORBIDDEN_IN_CORE = (
    "linkscreen.adapters", "linkscreen.services", "linkscreen.cli", "linkscreen.web", "sqlalchemy", "typer", "rich",
    "sklearn", "fastapi",
)
IO_CALLS = {"open", "print", "input"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_nothing_from_adapters_interfaces_or_frameworks() -> None:
    for path in (SRC / "core").glob("*.py"):
        for module in imported_modules(path):
            assert not module.startswith(FORBIDDEN_IN_CORE), f"{path.name} imports {module}"


def test_core_does_no_io() -> None:
    for path in (SRC / "core").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = {
            node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        assert not calls & IO_CALLS, f"{path.name} calls {calls & IO_CALLS}"


def test_only_the_storage_package_uses_sqlalchemy() -> None:
    for path in SRC.rglob("*.py"):
        if "storage" in path.parts:
            continue
        assert not any(m.startswith("sqlalchemy") for m in imported_modules(path)), path


def test_interfaces_go_through_services_not_storage_internals() -> None:
    for path in (SRC / "cli").glob("*.py"):
        assert not any(m.startswith("linkscreen.adapters.storage.") for m in imported_modules(path)), path


def test_modules_stay_small() -> None:
    for path in SRC.rglob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 450, f"{path} is too long"


def test_python_lines_keep_the_line_length_set_in_pyproject() -> None:
    """GIVEN every .py file under src/, tests/, scripts/ and benchmarks/ THEN no line is longer than the
    [tool.ruff] line-length of pyproject.toml (120 characters)."""
    limit = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]["line-length"]
    too_long = [
        f"{path.relative_to(REPO)}:{number}: {len(line)} characters"
        for folder in PYTHON_FOLDERS
        for path in sorted((REPO / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
        if len(line) > limit
    ]
    assert limit == 120, f"pyproject.toml sets line-length = {limit}, not 120"
    assert not too_long, "lines longer than 120 characters:\n" + "\n".join(too_long)


def test_classify_starts_without_the_database_or_web_layers() -> None:
    """GIVEN the CLI imported and the models loaded THEN neither SQLAlchemy, a web framework nor the reply
    signals are loaded (start-up stays short); every service name still resolves, and StoreError is the
    storage layer's own."""
    code = """
import sys
import linkscreen.cli
from linkscreen import services
from linkscreen.adapters.storage import StoreError
screener = services.load_screener()
services.classify_lines, services.LineFailure
loaded = [m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "fastapi", "starlette", "uvicorn", "nameparser")]
assert not loaded, loaded
assert "linkscreen.core.reply_signals" not in sys.modules  # the reply classifier is built when first needed
assert screener.judge_reply("Sorry, I clicked by accident").outcome == "accidental"
values = {name: getattr(services, name) for name in services.__all__}
from linkscreen.adapters.storage.store import StoreError as StoreStoreError
assert values["StoreError"] is StoreError is StoreStoreError
assert set(services.__all__) <= set(dir(services))
"""
    subprocess.run([sys.executable, "-c", code], check=True, cwd=SRC.parent)


def test_the_lazy_service_exports_match_what_type_checkers_see() -> None:
    """GIVEN services/__init__.py THEN the names imported for type checkers are exactly the lazily exported ones."""
    from linkscreen import services

    tree = ast.parse((SRC / "services" / "__init__.py").read_text(encoding="utf-8"))
    guarded = next(node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING")
    names = {
        alias.asname or alias.name for node in guarded.body if isinstance(node, ast.ImportFrom) for alias in node.names
    }
    assert names == set(services.__all__)
