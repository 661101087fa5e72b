"""The supervisors' reports as spreadsheets: which rows, which columns, which title — one
definition for the API's `GET /stats/export` and the console's export links."""

from __future__ import annotations

from urllib.parse import quote

from sanic import Request
from sanic.response import HTTPResponse

from banzheng.stats import exports, service
from banzheng.stats.schemas import ExportFormat, ExportQuery, Report

COLUMNS: dict[Report, list[exports.Column]] = {
    Report.certificate_rate: [
        ("name", "名称"),
        ("houses", "房屋（套）"),
        ("certified", "已办证（套）"),
        ("rate", "办证率"),
    ],
    Report.processing_time: [
        ("kind_label", "申请类型"),
        ("finished", "发证件数"),
        ("median_workdays", "用时中位数（工作日）"),
        ("p90_workdays", "用时 90 分位（工作日）"),
        ("mean_workdays", "平均用时（工作日）"),
        ("over_limit", "超过时限件数"),
    ],
    Report.overdue_rate: [
        ("step_label", "审批环节"),
        ("department_label", "部门"),
        ("steps", "环节数"),
        ("overdue", "超时数"),
        ("rate", "超时率"),
    ],
    Report.disposal_progress: [
        ("name", "小区"),
        ("problems", "问题数"),
        ("resolved", "已解决"),
        ("milestones", "方案节点"),
        ("milestones_done", "已完成节点"),
        ("milestones_overdue", "逾期节点"),
        ("progress", "方案进度"),
    ],
}
TITLES = {
    Report.certificate_rate: "办证率",
    Report.processing_time: "办理用时",
    Report.overdue_rate: "环节超时率",
    Report.disposal_progress: "处置方案进度",
}

MEDIA = {
    ExportFormat.csv: "text/csv; charset=utf-8",
    ExportFormat.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


async def report_rows(query: ExportQuery, *, scope: str, limit_workdays: int) -> list[dict]:
    period = service.Period(query.start, query.end)
    match query.report:
        case Report.certificate_rate:
            return await service.certificate_rate(scope=scope, by=query.by)
        case Report.processing_time:
            return await service.processing_time(
                scope=scope, period=period, limit_workdays=limit_workdays
            )
        case Report.overdue_rate:
            return await service.overdue_rate(scope=scope, period=period)
        case Report.disposal_progress:
            return await service.disposal_progress(scope=scope)


async def stream_report(
    request: Request, query: ExportQuery, *, scope: str, limit_workdays: int
) -> HTTPResponse:
    """The report as a streamed CSV (UTF-8 with BOM) or XLSX download."""
    rows = await report_rows(query, scope=scope, limit_workdays=limit_workdays)
    columns, title = COLUMNS[query.report], TITLES[query.report]
    chunks = (
        exports.csv_chunks(rows, columns)
        if query.format is ExportFormat.csv
        else exports.xlsx_chunks(rows, columns, title)
    )
    filename = quote(f"{title}.{query.format.value}")
    response = await request.respond(
        content_type=MEDIA[query.format],
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{filename}",
            "Cache-Control": "no-store",
        },
    )
    for chunk in chunks:
        await response.send(chunk)
    await response.eof()
    return response
