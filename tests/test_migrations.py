"""The committed migrations cover the models, for both dialects."""

import subprocess
import sys

from banzheng.settings import REPO_ROOT


def test_no_model_change_is_missing_a_migration():
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "makemigrations.py"), "check", "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("no changes") == 2
