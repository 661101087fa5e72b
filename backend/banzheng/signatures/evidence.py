"""The evidence report: one PDF a court clerk can read without our system.

For each signature it states who signed, how their identity was checked (video identity check,
its decision and reviewer), which bytes they signed (SHA-256 before and after), when (server
time and the TSA's time), from where (IP, client), and the result of verifying the document as it
stands now. It ends with how to check the document independently. The report itself is sealed
with the registry seal, so it cannot be altered either.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from banzheng.common import workdays
from banzheng.signatures.render import BODY, CELL, CLAUSE, FONT, MARGIN, PAGE_WIDTH, SUBTITLE, TITLE
from banzheng.signatures.sealing import VerifyReport

_PROVIDERS = {"manual": "登记人员视频审核", "faceid": "人脸核身服务（活体检测与人像比对）"}


@dataclass(frozen=True)
class EvidenceLine:
    signer_kind: str
    signer_name: str
    role: str
    field_name: str
    certificate_sha256: str
    certificate_issuer: str
    identity_check_id: str | None
    identity_result: dict
    identity_reviewer: str | None
    sha256_before: str
    sha256_after: str
    signed_at: object
    timestamp_at: object
    ip: str | None
    user_agent: str


def _local(value) -> str:
    if value is None:
        return "无"
    return value.astimezone(workdays.OFFICE_TZ).strftime("%Y-%m-%d %H:%M:%S（北京时间）")


def _wrap(text: str) -> Paragraph:
    return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), CELL)


def _hash(text: str) -> Paragraph:
    return _wrap(" ".join(text[i : i + 16] for i in range(0, len(text), 16)))


def render_report(
    *,
    title: str,
    request_id: str,
    case_number: str | None,
    original_sha256: str,
    current_sha256: str,
    lines: list[EvidenceLine],
    verification: VerifyReport,
    generated_at,
) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"电子签名证据报告：{title}",
        author="小区办证",
    )
    width = PAGE_WIDTH - 2 * MARGIN
    story = [
        Paragraph("电子签名证据报告", TITLE),
        Paragraph(f"《{title}》 签署编号 {request_id}", SUBTITLE),
        Spacer(1, 6 * mm),
        _table(
            [
                ("文件名称", title),
                ("受理编号", case_number or "无"),
                ("原始文件 SHA-256", original_sha256),
                ("最终文件 SHA-256", current_sha256),
                ("报告生成时间", _local(generated_at)),
                (
                    "当前核验结论",
                    "全部签名完好、证书可信、签名后未被篡改"
                    if verification.valid
                    else "存在问题："
                    + "；".join(s.problem for s in verification.signatures if s.problem),
                ),
            ],
            width,
        ),
        Spacer(1, 6 * mm),
    ]
    for index, line in enumerate(lines, start=1):
        result = line.identity_result or {}
        identity = (
            f"视频身份核验 {line.identity_check_id}：{_PROVIDERS.get(result.get('provider'), '')}，"
            f"结论“通过”，决定时间 {result.get('decided_at') or '无'}"
            + (f"，审核人 {line.identity_reviewer}" if line.identity_reviewer else "")
            + (f"，比对分数 {result['score']}" if result.get("score") else "")
            + f"；核验有效期至 {result.get('passed_until') or '无'}"
            if line.identity_check_id
            else "登记机构电子印章（机构证书签名，不适用个人身份核验）"
        )
        verdict = next((s for s in verification.signatures if s.field == line.field_name), None)
        story += [
            Paragraph(f"签名 {index}：{line.role} {line.signer_name}", BODY),
            Spacer(1, 2 * mm),
            _table(
                [
                    ("签名人", f"{line.signer_name}（{line.role}）"),
                    ("签名域", line.field_name),
                    ("身份核验", identity),
                    ("签名证书 SHA-256", line.certificate_sha256),
                    ("证书签发者", line.certificate_issuer),
                    ("签署前文件 SHA-256", line.sha256_before),
                    ("签署后文件 SHA-256", line.sha256_after),
                    ("服务器记录的签署时间", _local(line.signed_at)),
                    ("可信时间戳（RFC 3161）", _local(line.timestamp_at)),
                    ("签署 IP 地址", line.ip or "无（系统自动加盖）"),
                    ("签署客户端", line.user_agent or "无"),
                    (
                        "当前核验",
                        "签名完好，证书链可信，签名后仅追加了其他签名"
                        if verdict is not None and verdict.ok
                        else (verdict.problem if verdict is not None else "文件中未找到该签名"),
                    ),
                ],
                width,
            ),
            Spacer(1, 5 * mm),
        ]
    story += [
        Paragraph("独立核验方法", BODY),
        Paragraph(
            "一、计算所持 PDF 文件的 SHA-256 摘要，应与上表“最终文件 SHA-256”一致。"
            "二、用支持 PAdES 签名的阅读器（如 Adobe Acrobat Reader）或 poppler 的 pdfsig 工具打开文件，"
            "可看到每一个签名、签名证书和时间戳；每次签名以增量方式追加，前面的签名仍然有效。"
            "三、将文件提交到本平台的“验证签名”功能（POST /api/v1/signatures/verify），"
            "可得到与本报告相同格式的核验结果。",
            CLAUSE,
        ),
        Paragraph(
            "依据：《中华人民共和国电子签名法》第十三条、第十四条（可靠的电子签名与手写签名或者盖章具有同等的法律效力）；"
            "《个人信息保护法》第二十八条、第二十九条（人脸信息经本人单独同意后处理）。",
            CLAUSE,
        ),
    ]
    doc.build(story)
    return buffer.getvalue()


def _table(rows: list[tuple[str, str]], width: float) -> Table:
    data = []
    for label, value in rows:
        cell = _hash(value) if "SHA-256" in label else _wrap(str(value))
        data.append([Paragraph(label, CELL), cell])
    table = Table(data, colWidths=[42 * mm, width - 42 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f3f5")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return table
