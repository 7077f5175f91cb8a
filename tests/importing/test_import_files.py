"""Many files at once: folders, archives, old encodings, and bad files among
good ones, each reported by name while the rest are read."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from contacts.models import Official, Organisation, PressContact
from importing import saving
from releases.models import Release, Status
from tests.importing.drafts import run, seed_release
from tests.importing.dry_run import run_import
from tests.importing.samples_expected import SAMPLE_LIST
from tests.importing.sources import SAMPLES, SEED
from tests.pictures import picture_bytes

pytestmark = pytest.mark.django_db


# ----- bad files among good ones -----


def test_a_failure_in_one_file_rolls_back_that_file_only(tmp_path, monkeypatch):
    second = tmp_path / "second.txt"
    second.write_text(
        "Statement\n\nA statement that will fail\n\n"
        "Geneva – The text of the statement, long enough to be read as English by "
        "the importer, which is what we need here.\n\n"
        "For more information, please contact Jane Roe, IOM Geneva, "
        "Email: jroe@iom.int\n"
    )
    link = saving.Importer._link_officials

    def failing(self, release, parsed, outcome):
        if parsed.title.startswith("A statement"):
            raise RuntimeError("the database went away")
        return link(self, release, parsed, outcome)

    monkeypatch.setattr(saving.Importer, "_link_officials", failing)

    with pytest.raises(CommandError, match="1 file"):
        run(SEED, second)

    assert Release.objects.count() == 1
    assert seed_release()
    # The failed file's contact went with it.
    assert not PressContact.objects.filter(email="jroe@iom.int").exists()


def test_empty_binary_and_title_only_files_are_reported_and_the_rest_imported(
    tmp_path,
):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "c-title.txt").write_text("Just a title\n")
    (tmp_path / "d-seed.txt").write_bytes(SEED.read_bytes())

    report = run(tmp_path)

    assert "4 files read" in report
    assert "empty" in report
    assert "PNG" in report
    assert "title alone" in report
    assert Release.objects.count() == 1


def test_a_windows_1252_file_is_decoded_and_said_so(tmp_path):
    text = tmp_path / "ancien.txt"
    text.write_bytes(
        "Communiqué\n\nL’OIM salue l’accord régional\n\n"
        "Genève – L’Organisation internationale pour les migrations a salué "
        "l’accord signé hier par les ministres de la région.\n".encode("cp1252")
    )

    report = run(text)

    release = Release.objects.get()
    assert release.title_fr == "L’OIM salue l’accord régional"
    assert "Windows-1252" in report


def test_a_zip_of_releases_is_imported_file_by_file(tmp_path):
    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
            zipped.write(sample, f"old-site/{sample.name}")
        zipped.writestr("old-site/readme.md", "not a release")

    report = run(archive)

    assert "3 files read" in report
    assert Release.objects.count() == 3


def test_json_streams_one_object_per_file_with_its_outcome(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    out = io.StringIO()

    call_command(
        "import_releases", str(tmp_path), json=True, stdout=out, stderr=io.StringIO()
    )

    empty, seed = json.loads(out.getvalue())
    assert empty["status"] == "refused"
    assert empty["title"] is None
    assert empty["warnings"] == ["The file is empty."]
    assert seed["status"] == "created"
    assert seed["release"] == seed_release().pk


def test_each_language_is_imported_into_its_own_fields():
    run(SAMPLES)

    arabic = Release.objects.get(title_ar__contains="فرّوا من السودان إلى مصر")
    assert arabic.original_language == "ar"
    assert arabic.region == "mena"
    assert arabic.languages() == ["ar"]
    spanish = Release.objects.filter(original_language="es")
    assert spanish.count() == 6
    assert all(release.languages() == ["es"] for release in spanish)
    assert (
        Release.objects.filter(status=Status.DRAFT).count() == Release.objects.count()
    )


# ----- several files, folders, bad input -----

GOOD = """Communiqué
Global

L’OIM ouvre un centre d’accueil pour les migrants à Agadez

Agadez, 4 avril 2018 – L’OIM a ouvert un nouveau centre d’accueil pour les \
migrants de passage au Niger.
"""
GOOD_TITLE = "L’OIM ouvre un centre d’accueil pour les migrants à Agadez"


def good_file(folder, name="agadez.txt"):
    path = folder / name
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_a_dry_run_writes_nothing_to_the_database():
    before = [
        model.objects.count()
        for model in (Release, Official, PressContact, Organisation)
    ]

    run = run_import(*sorted(SAMPLES.glob("*.txt")))

    assert len(run.data) == len(SAMPLE_LIST)
    assert before == [
        model.objects.count()
        for model in (Release, Official, PressContact, Organisation)
    ]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_legacy_encoded_file_is_decoded_or_refused_by_name(tmp_path, encoding):
    # Latin-1 has no typographic apostrophe, dash or "œ"; Windows-1252 has.
    title, dash = "Réunion régionale de l’OIM à Genève sur la main-d’œuvre", "–"
    if encoding == "latin-1":
        title, dash = "Réunion régionale à Genève sur la migration économique", "-"
    path = tmp_path / "reunion-geneve.txt"
    path.write_bytes(
        f"Communiqué\nGlobal\n\n{title}\n\nGenève, 12 février 2019 {dash} Les "
        "délégués de douze États se sont réunis à Genève.\n".encode(encoding)
    )

    run = run_import(path)
    entry = run.entry(path)

    if entry is not None and entry["title"]:
        assert entry["title"] == title
        assert entry["dateline"]["place"] == "Genève"
    else:
        assert run.mentions(path), "refused without naming the file"


def empty_file(path):
    path.write_bytes(b"")


def png_file(path):
    path.write_bytes(picture_bytes(40, 30, image_format="PNG"))


def title_only_file(path):
    path.write_text("Atelier sur la gestion des frontières à Dakar\n", "utf-8")


@pytest.mark.parametrize("write_bad", [empty_file, png_file, title_only_file])
def test_a_bad_file_gets_a_warning_and_the_others_are_still_read(tmp_path, write_bad):
    bad = tmp_path / "a-bad.txt"
    write_bad(bad)
    good = good_file(tmp_path, "z-good.txt")

    run = run_import(bad, good)

    assert run.mentions(bad), "no warning for the bad file"
    good_entry = run.entry(good)
    assert good_entry is not None, "the good file was not read"
    assert good_entry["title"] == GOOD_TITLE
    bad_entry = run.entry(bad)
    if bad_entry is not None and write_bad is title_only_file:
        assert bad_entry["title"] == "Atelier sur la gestion des frontières à Dakar"
    elif bad_entry is not None:
        assert not bad_entry["body_html"]


def test_a_folder_is_read_recursively_for_text_files(tmp_path):
    archive = tmp_path / "archive"
    (archive / "2018" / "avril").mkdir(parents=True)
    (archive / "2019").mkdir()
    good_file(archive / "2018" / "avril", "agadez.txt")
    good_file(archive / "2019", "agadez-suite.txt")
    (archive / "2019" / "notes.md").write_text("# Not a release\n", "utf-8")
    (archive / "2019" / "photo.jpg").write_bytes(picture_bytes(20, 20))

    run = run_import(archive)

    assert not run.error
    assert sorted(Path(item["source"]).name for item in run.data) == [
        "agadez-suite.txt",
        "agadez.txt",
    ]
    assert {item["title"] for item in run.data} == {GOOD_TITLE}
