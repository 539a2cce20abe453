"""The release wheel and the sdist, installed as a user installs them.

The wheel is built with ``maturin build --release`` (the manylinux policy and its check
come from pyproject.toml) into the repository's own ``target/`` (after ``pip install -e``
the compiled library is reused: a few seconds), installed into a fresh venv whose PATH
has no ``cargo`` nor ``rustc``, and the main job and ``caci.tag`` run from there. numpy,
pandas and tqdm come from pip's cache or index; caci itself only from the wheel file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.wheel


def _maturin() -> list[str]:
    exe = Path(sys.executable).with_name("maturin")
    if exe.exists():
        return [str(exe)]
    if shutil.which("maturin"):
        return [str(shutil.which("maturin"))]
    pytest.skip("maturin is not installed (it is in the dev extra)")


def _build(args: list[str], out: Path) -> Path:
    """Runs ``maturin ARGS --out OUT`` from the repository and returns the one file made."""
    if not (ROOT / "pyproject.toml").exists() or not (ROOT / "caci-core").is_dir():
        pytest.skip("not run from a clone of the repository")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        [*_maturin(), *args, "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    made = list(out.iterdir())
    assert len(made) == 1, made
    return made[0]


def _without_rust() -> dict[str, str]:
    """The environment of the test with a PATH in which no directory holds cargo or rustc
    (nor any variable that points at a Rust toolchain)."""
    keep = [d for d in os.environ.get("PATH", "").split(os.pathsep) if d]
    keep = [d for d in keep if not any((Path(d) / tool).exists() for tool in ("cargo", "rustc"))]
    keep = [d for d in keep if Path(d).resolve() != Path(sys.executable).parent.resolve()]  # the dev venv
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CARGO", "RUSTUP", "RUST", "MATURIN"))}
    for k in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYO3_PYTHON"):
        env.pop(k, None)
    env["PATH"] = os.pathsep.join(keep)
    return env


def test_the_wheel_installs_and_runs_without_a_rust_toolchain(tmp_path: Path) -> None:
    wheel = _build(["build", "--release", "--interpreter", sys.executable], tmp_path / "dist")
    # abi3 (one wheel for CPython 3.10+) and a manylinux tag that maturin's check accepted.
    assert wheel.name.startswith("caci-") and "-cp310-abi3-" in wheel.name, wheel.name
    if sys.platform == "linux":
        assert "manylinux_2_" in wheel.name, wheel.name
    names = set(zipfile.ZipFile(wheel).namelist())
    assert any(n.startswith("caci/_caci.") and n.endswith((".so", ".pyd")) for n in names), names
    assert {"caci/py.typed", "caci/_caci.pyi", "caci/_report/core.js"} <= names
    assert sum(n.startswith("caci/data/sample/") for n in names) >= 4, "the sample corpus travels in the wheel"

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    env = _without_rust()
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    assert shutil.which("cargo", path=env["PATH"]) is None and shutil.which("rustc", path=env["PATH"]) is None
    python = str(bin_dir / "python")
    # Binary wheels only: pip may not build anything from source (it could not: no Rust).
    # --no-compile: byte-compiling pandas would take most of the install's time.
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-compile", "--only-binary=:all:", str(wheel)],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert install.returncode == 0, install.stderr[-3000:]

    run = {"env": env, "cwd": tmp_path, "capture_output": True, "text": True, "timeout": 600}
    summary = subprocess.run([str(bin_dir / "caci"), "summary", "--sample"], **run)
    assert summary.returncode == 0, summary.stderr
    assert summary.stdout.startswith("11 documents, ")
    for entity in ("Kazakhstan", "Vladimir Putin", "Ilham Aliyev", "Bayraktar TB2", "S-300"):
        assert entity in summary.stdout, entity

    # The report's scripts and styles are package data too.
    report = subprocess.run([str(bin_dir / "caci"), "report", "--sample", "-o", "r.html"], **run)
    assert report.returncode == 0, report.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "caci.start({" in page and '"vladimir-putin"' in page

    script = """
import json, caci, pandas as pd
frame = pd.DataFrame({
    "text": ["Tashkent weighs the J-10C against the Rafale, President Mirziyoyev said.",
             "President Tokayev met Ilham Aliyev in Astana."],
    "date": ["2025-06-01", "2024-05-01"],
})
m = caci.tag(frame, text="text", date="date", progress=False)
print(json.dumps({"file": caci.__file__, "rows": m[["start", "end", "surface", "id"]].astype(str).values.tolist()}))
"""
    tagged = subprocess.run([python, "-c", script], **run)
    assert tagged.returncode == 0, tagged.stderr
    out = json.loads(tagged.stdout)
    assert Path(out["file"]).resolve().is_relative_to(venv.resolve()), out["file"]
    rows = {(r[2], r[3]) for r in out["rows"]}
    assert {("Tashkent", "UZB"), ("J-10C", "j-10c"), ("Rafale", "rafale"), ("Mirziyoyev", "shavkat-mirziyoyev")} <= rows
    assert {("Tokayev", "kassym-jomart-tokayev"), ("Ilham Aliyev", "ilham-aliyev"), ("Astana", "KAZ")} <= rows
    assert ["0", "8", "Tashkent", "UZB"] in out["rows"]


def test_the_sdist_holds_what_a_build_needs(tmp_path: Path) -> None:
    sdist = _build(["sdist"], tmp_path / "dist")
    assert sdist.name.endswith(".tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"pyproject.toml", "Cargo.toml", "Cargo.lock", "caci-core/Cargo.toml", "caci-py/Cargo.toml"} <= names
    # The built-in gazetteer (compiled into the library) and the sample corpus.
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "caci-core" / "data").rglob("*.tsv")}
    assert data and data <= names
    sample = {p.relative_to(ROOT).as_posix() for p in (ROOT / "caci-py/python/caci/data/sample").glob("*.txt")}
    assert sample and sample <= names
    assert {"caci-py/python/caci/report.py", "caci-py/python/caci/_report/core.js", "caci-core/src/lib.rs"} <= names
