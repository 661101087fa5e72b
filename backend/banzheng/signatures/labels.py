"""What owners and clerks read instead of codes (one labels module per domain)."""

from __future__ import annotations

from banzheng.signatures.models import DocumentKind, PartyStatus, RequestStatus

KIND_LABELS = {
    DocumentKind.application_form: "不动产登记申请书",
    DocumentKind.commitment_letter: "告知承诺书",
    DocumentKind.area_confirmation: "面积差异确认书",
    DocumentKind.power_of_attorney: "委托书",
}

REQUEST_LABELS = {
    RequestStatus.pending: "待签署",
    RequestStatus.sealing: "业主已全部签署，正在加盖电子印章",
    RequestStatus.completed: "已签署并加盖电子印章",
    RequestStatus.expired: "已过签署期限",
    RequestStatus.cancelled: "已撤销",
}

PARTY_LABELS = {
    PartyStatus.waiting: "等待前一位签署",
    PartyStatus.pending: "待签署",
    PartyStatus.signed: "已签署",
}
