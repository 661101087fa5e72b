"""The README stays true: the two commands and every setting are in it."""

from banzheng.settings import REPO_ROOT, Settings

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_shows_the_two_commands():
    assert "scripts/dev.sh" in README and "scripts/test.sh" in README


def test_every_setting_is_in_the_readme_table():
    missing = [name for name in Settings.model_fields if f"| `{name}` |" not in README]
    assert not missing, f"README's settings table lacks {missing}"
