"""The user manual, its screenshots, the README's paths and the desktop integration files."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix

from vpdesk.importer.rows import COLUMNS

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
MANUALS = {"nl": DOCS / "handleiding.md", "en": DOCS / "manual.md"}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def _images(manual: Path) -> list[str]:
    return IMAGE.findall(manual.read_text(encoding="utf-8"))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_screenshot_in_the_manual_exists_and_is_small(lang: str) -> None:
    images = _images(MANUALS[lang])
    assert len(images) >= 12
    for name in images:
        path = DOCS / name
        assert path.is_file(), name
        assert path.stat().st_size < 300_000, f"{name} is too large"
        assert _png_size(path) == (1280, 800), name


def test_every_screenshot_is_used_and_made_by_the_script() -> None:
    used = {Path(n).name for lang in MANUALS for n in _images(MANUALS[lang])}
    on_disk = {p.name for p in (DOCS / "images").glob("*.png")}
    assert on_disk == used, "unused or missing screenshots"
    script = (ROOT / "tools" / "screenshots.py").read_text(encoding="utf-8")
    made = {f"{n}.png" for n in re.findall(r'shot\("([a-z-]+)"', script)}
    assert used == made, "the manual uses pictures tools/screenshots.py does not make"


TOPICS = {
    "nl": [
        "wachtwoordzin",
        "demokluis",
        "zoek",
        "filter",
        "gesprek",
        "vervolgstap",
        "verwijzing",
        "melding sluiten",
        "sociale kaart",
        "activiteit",
        "signalen",
        "jaarverslag",
        "<5",
        "`x`",
        "vergrendel",
        "reservekopie",
        "terugzetten",
        "bewaartermijn",
        "opschonen",
        "case_ref",
        "`;`",
        "regel",
        "vpdesk report",
        "VPDESK_PASSPHRASE",
        "inzage-export",
        "artikel 15 AVG",
        "zwart maken",
        "logboek",
        "hooguit één keer per dag",
        "of sluit (ook door vpdesk af te sluiten)",
    ],
    "en": [
        "passphrase",
        "demo vault",
        "search",
        "filter",
        "conversation",
        "follow-up",
        "referral",
        "close case",
        "sociale kaart",
        "activit",
        "signals",
        "annual report",
        "<5",
        "`x`",
        "lock",
        "backup",
        "restor",
        "retention",
        "purg",
        "case_ref",
        "`;`",
        "line",
        "vpdesk report",
        "VPDESK_PASSPHRASE",
        "access export",
        "article 15",
        "black out",
        "audit log",
        "at most once a day",
        "or close it (quitting vpdesk closes it too)",
    ],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_manual_covers_what_an_adviser_needs(lang: str) -> None:
    text = " ".join(MANUALS[lang].read_text(encoding="utf-8").split()).lower()
    missing = [t for t in TOPICS[lang] if t.lower() not in text]
    assert not missing, missing


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_manual_names_every_import_column(lang: str) -> None:
    text = MANUALS[lang].read_text(encoding="utf-8")
    for column in COLUMNS:  # every column the importer knows, so a new one must be documented
        assert f"`{column}`" in text, column


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_manual_table_of_contents_matches_its_chapters(lang: str) -> None:
    text = MANUALS[lang].read_text(encoding="utf-8")
    chapters = re.findall(r"^## (\d+\. .+)$", text, flags=re.M)
    assert len(chapters) == 14
    for chapter in chapters:
        assert f"[{chapter.split(' ', 1)[1]}]" in text, chapter


def test_readme_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    assert blocks[0].strip() == "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/vpdesk"
    assert blocks[1].strip() == "bash tools/test.sh"
    bundle = text.index("## Building the bundle")
    where = text.index("## Where data and settings live")
    assert text.index(blocks[1]) < bundle < where


def test_readme_gives_the_real_folders_on_every_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.delenv("XDG_DATA_HOME")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    home = str(Path.home())
    linux = Unix("vpdesk", appauthor=False)
    mac = MacOS("vpdesk", appauthor=False)
    for folder in (linux.user_config_dir, linux.user_data_dir, mac.user_config_dir, mac.user_data_dir):
        assert folder.replace(home, "~", 1) in text, folder
    # Windows: %LOCALAPPDATA% (not roaming) and no author folder, settings beside the data
    assert "%LOCALAPPDATA%\\vpdesk\\vpdesk.ini" in text
    assert "%LOCALAPPDATA%\\vpdesk\\backups\\" in text
    assert "%LOCALAPPDATA%\\vpdesk\\demo.vpdesk" in text


def test_readme_folders_are_where_the_code_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    from vpdesk.gui import ui_settings
    from vpdesk.paths import demo_vault_path

    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.delenv("XDG_DATA_HOME")
    home = Path.home()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in (ui_settings.settings_file(), demo_vault_path(), ui_settings.backup_folder()):
        shown = "~/" + str(path.relative_to(home))
        assert shown in text, shown


def test_icons_and_desktop_file() -> None:
    icons = ROOT / "resources" / "icons"
    assert _png_size(icons / "vpdesk.png") == (256, 256)
    assert (icons / "vpdesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # an ICO header
    assert (icons / "vpdesk.icns").read_bytes()[:4] == b"icns"
    desktop = (ROOT / "resources" / "vpdesk.desktop").read_text(encoding="utf-8")
    assert "Icon=vpdesk" in desktop
    assert re.search(r"^Exec=vpdesk ", desktop, flags=re.M)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_screenshot_script_makes_every_picture(tmp_path: Path) -> None:
    """tools/screenshots.py drives the real window under Xvfb and writes every picture."""
    out = tmp_path / "images"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    made = {p.name for p in out.glob("*.png")}
    assert made == {p.name for p in (DOCS / "images").glob("*.png")}
    for path in out.glob("*.png"):
        assert _png_size(path) == (1280, 800), path.name
        assert 5_000 < path.stat().st_size < 300_000, path.name
    assert "Traceback" not in result.stderr


# -- the manuals name what the window really shows ---------------------------------------------

TRANSLATIONS = ROOT / "resources" / "translations"

# (context, source text) of labels the manuals refer to; %1 stands for a count of 12
LABELS = [
    ("MainWindow", "A&utomatic backups…"),
    ("MainWindow", "&Restore from backup…"),
    ("MainWindow", "Audi&t log…"),
    ("RestoreDialog", "&Restore from a backup…"),  # the welcome screen's button
    ("RestoreDialog", "Damaged vault"),
    ("RestoreDialog", "Another backup file…"),
    ("RestoreDialog", "Made on"),
    ("RestoreDialog", "Size"),
    ("RestoreDialog", "&Restore"),
    ("AuditEvents", "Restored from a backup"),
    ("AuditEvents", "Identifying data purged"),
    ("BackupSettingsDialog", "&Folder:"),
    ("BackupSettingsDialog", "&Keep the last:"),
    ("CaseEditor", "Access e&xport…"),
    ("AccessExportDialog", "&Black out"),
    ("AccessExportDialog", "Rest&ore"),
    ("AccessExportDialog", "Preview of what will be exported:"),
    ("AccessExportDialog", "&Save as PDF…"),
    ("AuditDialog", "Time"),
    ("AuditDialog", "Event"),
    ("AuditDialog", "Internal case id"),
    ("DashboardPage", "&Purge identifying data…"),
    ("PurgeDialog", "Reference"),
    ("PurgeDialog", "Organisation"),
    ("PurgeDialog", "Closed"),
    ("PurgeDialog", "&Purge %1 cases"),
]


def _dutch(context: str, source: str) -> str:
    """The Dutch translation of ``source`` from the .ts files (what the Dutch window shows)."""
    import xml.etree.ElementTree as ET

    for ts in sorted(TRANSLATIONS.glob("*_nl.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            if ctx.findtext("name") != context:
                continue
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"{context}: {source!r} is not in any translation file")


def _shown(text: str) -> str:
    """A label as the manual writes it: no accelerator, no trailing colon, %1 = 12."""
    return text.replace("&", "").rstrip(":").replace("%1", "12")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_manual_names_the_real_labels(lang: str) -> None:
    text = " ".join(MANUALS[lang].read_text(encoding="utf-8").split()).lower()
    missing = []
    for context, source in LABELS:
        label = _shown(_dutch(context, source) if lang == "nl" else source)
        if label.lower() not in text:
            missing.append(label)
    assert not missing, missing


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_manual_drops_the_old_backup_timing(lang: str) -> None:
    text = " ".join(MANUALS[lang].read_text(encoding="utf-8").split()).lower()
    for old in ("20 seconden", "20 seconds", "20 s na", "20 s after", "elke dag een", "every day"):
        assert old not in text, old


def test_backup_chapter_matches_the_code(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The default count, the range, the backup name and the name of the replaced file."""
    from tests.support import PASSPHRASE
    from vpdesk.gui.ui_settings import MAX_KEEP, MIN_KEEP
    from vpdesk.vault.autobackup import DEFAULT_KEEP, auto_backup, list_backups, restore_backup

    nl = " ".join(MANUALS["nl"].read_text(encoding="utf-8").split())
    en = " ".join(MANUALS["en"].read_text(encoding="utf-8").split())
    assert DEFAULT_KEEP == 10 and "laatste tien" in nl and "last ten" in en
    assert f"({MIN_KEEP} tot {MAX_KEEP})" in nl and f"({MIN_KEEP} to {MAX_KEEP})" in en

    # the example names in the manuals have the shape vpdesk really uses
    folder = tmp_path / "backups"
    folder.mkdir()
    made = auto_backup(vault, folder)
    assert made is not None and list_backups(vault.path, folder)[0].path == made
    assert auto_backup(vault, folder) is None  # at most one a day
    stem = vault.path.name.removesuffix(".vpdesk")
    example = re.compile(r"`([a-z]+)-(\d{8}-\d{6})\.vpdesk`")
    assert re.fullmatch(rf"{stem}-\d{{8}}-\d{{6}}\.vpdesk", made.name)
    assert example.search(nl) and example.search(en)
    vault.close()
    kept = restore_backup(made, PASSPHRASE, vault.path)
    assert kept is not None
    assert re.fullmatch(rf"{re.escape(vault.path.name)}\.replaced-\d{{8}}-\d{{6}}", kept.name)
    replaced = re.compile(r"`[a-z]+\.vpdesk\.replaced-\d{8}-\d{6}`")
    assert replaced.search(nl) and replaced.search(en)


# -- the manuals explain the report's "<5" and "x" as the code applies them --------------------

SUPPRESSION_WORDS = {
    "nl": [
        "`<5`",
        "Nul blijft 0",
        "nooit lager dan 3",
        "altijd voor 5 of meer",
        "het kleinste eerst",
        "wordt weggelaten",
        "telt die organisatie niet mee",
        "**Bescherming**",
        "vpdesk audit",
    ],
    "en": [
        "`<5`",
        "Zero stays 0",
        "never below 3",
        "always stands for 5 or more",
        "the smallest first",
        "is left out",
        "not counted in the figures for all organisations",
        "**Protection**",
        "vpdesk audit",
    ],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_manual_explains_small_numbers_as_the_code_does(lang: str) -> None:
    from datetime import date

    from vpdesk.domain.models import CaseFacts
    from vpdesk.stats import MIN_THRESHOLD, count_year, publish

    text = " ".join(MANUALS[lang].read_text(encoding="utf-8").split())
    missing = [w for w in SUPPRESSION_WORDS[lang] if w not in text]
    assert not missing, missing
    from vpdesk.report.texts import text as report_text

    assert f'"{report_text(lang, "method")}"' in text  # the report's own paragraph, by its name

    def table(channels: list[str], relations: list[str]) -> dict:
        facts = [
            CaseFacts(
                id=i,
                organisation_id=1,
                opened=date(2025, 1 + i % 12, 1),
                closed=None,
                behaviours=("bullying", "other") if i % 2 else ("intimidation",),
                accused_relation=relation,
                channel=channel,
                outcome=None,
                reporter_gender="unknown",
                reporter_role="unknown",
                referrals=(),
            )
            for i, (channel, relation) in enumerate(zip(channels, relations, strict=True))
        ]
        return publish(
            count_year(facts, {}, {}, 2025), threshold=5, organisation="O", organisation_id=1
        ).to_dict()

    # phone 1, e-mail 5, in person 24 of 30: "<5" alone would be worked out from the total, and
    # so would phone beside e-mail as "x" (5 or more): hiding in-person keeps phone at 1 to 4.
    d = table(["phone"] + ["email"] * 5 + ["in_person"] * 24, ["manager"] * 15 + ["colleague"] * 15)
    assert d["channel"] == {"phone": "<5", "email": 5, "in_person": "x", "video": 0, "unknown": 0}
    # a zero stays 0; every case in one category: the breakdown is left out
    everyone = table(["phone"] * 10, ["manager"] * 10)
    assert everyone["channel"] is None and everyone["accused_relation"] is None
    assert MIN_THRESHOLD == 3
