"""Architecture rules that keep the design honest."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "linkscreen"
FORBIDDEN_IN_CORE = ("linkscreen.adapters", "linkscreen.services", "linkscreen.cli", "linkscreen.web", "sqlalchemy", "typer", "rich", "sklearn", "fastapi")
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
        calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
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
