"""A pinned Debian package unpacked for a list's script: ``apt-get download`` fetches it
into a folder the caller owns (a temporary one) and ``dpkg-deb -x`` unpacks it there;
nothing is installed."""

from __future__ import annotations

import subprocess
from pathlib import Path


def unpacked(name: str, version: str, folder: Path) -> Path:
    """The root of package ``name`` at ``version``, unpacked under ``folder``."""
    subprocess.run(
        ["apt-get", "download", f"{name}={version}"], cwd=folder, check=True, capture_output=True
    )
    deb = next(folder.glob(f"{name}_*.deb"))
    root = folder / name
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root
