"""PDF checks on real PDFs built with pypdf's writer: a clean one, and every feature a viewer
would run by itself."""

from __future__ import annotations

import pytest
from pypdf.actions import JavaScript
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from banzheng.materials import pdfcheck
from banzheng.materials.limits import MAX_PDF_PAGES
from banzheng.materials.pdfcheck import inspect_pdf
from tests.materials import samples


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def features(findings) -> list[str]:
    [finding] = [f for f in findings if f.code == "PDF_ACTIVE_CONTENT"]
    assert finding.severity == "reject"
    return finding.details["features"]


def test_clean_pdf_passes():
    assert inspect_pdf(samples.pdf(3)) == []


def test_document_javascript_is_refused():
    writer = samples.pdf_writer()
    writer.add_open_action(JavaScript("app.alert('hi')"))  # the document-level JS name tree
    findings = inspect_pdf(samples.pdf_bytes(writer))
    assert features(findings) == ["javascript"]
    assert "JavaScript" in findings[0].message


def test_open_action_is_refused():
    writer = samples.pdf_writer()
    writer.root_object[NameObject("/OpenAction")] = samples.action(
        "/URI", URI=TextStringObject("https://example.invalid/")
    )
    assert features(inspect_pdf(samples.pdf_bytes(writer))) == ["open_action"]


def test_open_action_that_is_only_a_destination_is_allowed():
    # "Open at page 1, fit to window" is what many exporters write; it is navigation.
    writer = samples.pdf_writer()
    writer.root_object[NameObject("/OpenAction")] = ArrayObject(
        [writer.pages[0].indirect_reference, NameObject("/Fit")]
    )
    assert inspect_pdf(samples.pdf_bytes(writer)) == []


def test_launch_action_in_a_link_is_refused():
    writer = samples.pdf_writer()
    writer.pages[0][NameObject("/Annots")] = ArrayObject(
        [samples.link_annotation(samples.launch_action())]
    )
    assert features(inspect_pdf(samples.pdf_bytes(writer))) == ["launch"]


def test_plain_web_link_is_allowed():
    writer = samples.pdf_writer()
    link = samples.action("/URI", URI=TextStringObject("https://www.gov.cn/"))
    writer.pages[0][NameObject("/Annots")] = ArrayObject([samples.link_annotation(link)])
    assert inspect_pdf(samples.pdf_bytes(writer)) == []


def test_page_additional_actions_are_refused():
    writer = samples.pdf_writer()
    writer.pages[0][NameObject("/AA")] = DictionaryObject(
        {NameObject("/O"): samples.action("/JavaScript", JS=TextStringObject("1"))}
    )
    assert features(inspect_pdf(samples.pdf_bytes(writer))) == [
        "additional_actions",
        "javascript",
    ]


def test_embedded_file_is_refused():
    writer = samples.pdf_writer()
    writer.add_attachment("invoice.exe", b"MZ\x90\x00")
    assert features(inspect_pdf(samples.pdf_bytes(writer))) == ["embedded_file"]


def test_file_attachment_annotation_is_refused():
    writer = samples.pdf_writer()
    annotation = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/FileAttachment"),
            NameObject("/Rect"): ArrayObject([]),
        }
    )
    writer.pages[0][NameObject("/Annots")] = ArrayObject([annotation])
    assert features(inspect_pdf(samples.pdf_bytes(writer))) == ["embedded_file"]


def test_rich_media_and_xfa_are_refused():
    writer = samples.pdf_writer()
    writer.pages[0][NameObject("/Annots")] = ArrayObject(
        [DictionaryObject({NameObject("/Subtype"): NameObject("/RichMedia")})]
    )
    writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): ArrayObject()}
    )
    assert features(inspect_pdf(samples.pdf_bytes(writer))) == ["rich_media", "xfa"]


def test_escaped_names_do_not_hide_javascript():
    data = samples.pdf()
    # Rewrite the catalog by hand: /J#61vaScript is /JavaScript to every PDF parser.
    data = data.replace(
        b"/Type /Catalog",
        b"/Type /Catalog /Names << /J#61vaScript << /Names [ (x) << /S /JavaScript /JS (1) >> ] >> >>",
    )
    assert features(inspect_pdf(data)) == ["javascript"]


@pytest.mark.parametrize(("user", "owner"), [("secret", None), ("", "owner-only")])
def test_encrypted_pdf_is_refused(user, owner):
    # Also when only an owner password restricts printing or copying: the registry must be
    # able to stamp and archive the file.
    writer = samples.pdf_writer()
    writer.encrypt(user, owner)
    [finding] = inspect_pdf(samples.pdf_bytes(writer))
    assert finding.code == "PDF_ENCRYPTED"
    assert finding.severity == "reject"
    assert "未加密" in finding.message


def test_pdf_without_pages_is_refused():
    assert codes(inspect_pdf(samples.pdf(0))) == ["PDF_NO_PAGES"]


def test_long_pdf_is_warned():
    [finding] = inspect_pdf(samples.pdf(MAX_PDF_PAGES + 1))
    assert finding.code == "PDF_TOO_MANY_PAGES"
    assert finding.severity == "warn"
    assert finding.details == {"pages": MAX_PDF_PAGES + 1, "max_pages": MAX_PDF_PAGES}


def test_page_limit_is_inclusive():
    assert inspect_pdf(samples.pdf(MAX_PDF_PAGES)) == []


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\nthis is not a pdf",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>",
        b"",
    ],
)
def test_malformed_pdf_is_refused(data, caplog):
    findings = inspect_pdf(data)
    assert codes(findings) in (["PDF_UNREADABLE"], ["PDF_NO_PAGES"])
    assert findings[0].severity == "reject"


def test_truncated_pdf_is_refused_or_repaired_never_crashes():
    data = samples.pdf(2)
    for cut in range(10, len(data), 97):
        findings = inspect_pdf(data[:cut])
        assert all(f.code.startswith("PDF_") for f in findings)


def test_pdf_with_too_many_objects_is_refused(monkeypatch):
    monkeypatch.setattr(pdfcheck, "MAX_PDF_OBJECTS", 10)
    [finding] = inspect_pdf(samples.pdf(20))
    assert (finding.code, finding.severity) == ("PDF_TOO_COMPLEX", "reject")
    assert finding.details == {"max_objects": 10}
