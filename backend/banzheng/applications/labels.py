"""Every Chinese label of the applications domain, in one place: owners and clerks read these,
never the codes (`deed_tax_receipt`, `survey_check`…)."""

from __future__ import annotations

from banzheng.applications.models import MaterialState, Status, StepKind, StepStatus

S = Status

STATUS_LABELS = {
    S.draft: "草稿",
    S.submitted: "已提交，排队预审",
    S.pre_review: "材料预审中",
    S.supplement_required: "待补正材料",
    S.accepted: "已受理",
    S.department_review: "部门并联审批中",
    S.registry_review: "登记审核中",
    S.registered: "已登簿",
    S.certificate_issued: "已缮证，待领取",
    S.delivered: "已发证",
    S.returned: "已退件",
    S.withdrawn: "已撤回",
    S.rejected: "不予登记",
}

STEP_LABELS = {
    StepKind.planning_check: "规划核实",
    StepKind.survey_check: "测绘成果核验",
    StepKind.tax_check: "完税核验",
    StepKind.fund_check: "维修资金核验",
    StepKind.registry_review: "登记审核",
}

KIND_LABELS = {
    "first_registration": "首次登记",
    "transfer_registration": "转移登记",
    "combined": "首次登记与转移登记合并办理",
}

MATERIAL_STATE_LABELS = {
    MaterialState.missing: "未提交",
    MaterialState.provided: "已提交",
    MaterialState.deferred: "容缺，待补交",
    MaterialState.commitment: "告知承诺代替",
}

# A material the last supplement request (补正) flagged and the owner has not provided again.
FLAGGED_STATE = "needs_supplement"
FLAGGED_LABEL = "需补正"

EVENT_LABELS = {
    "create": "创建申请",
    "submit": "提交申请",
    "start_pre_review": "开始材料预审",
    "request_supplement": "要求补正",
    "accept": "受理",
    "begin_review": "部门并联审批开始",
    "step_approved": "部门审批通过",
    "step_rejected": "部门审批未通过",
    "finish_department_review": "并联审批完成，进入登记审核",
    "register": "登簿",
    "issue_certificate": "缮证",
    "deliver": "发证",
    "return": "退件",
    "withdraw": "撤回申请",
    "reject": "不予登记",
    "commitment_signed": "选择以告知承诺书代替材料",
    "deferred_material_provided": "补交容缺材料",
    "material_uploaded_for_applicant": "窗口代为上传材料",
    "window_intake": "窗口受理：核对身份证",
    "declared_fields_changed": "修改申请信息",
    "deferred_reminder": "容缺材料补交提醒",
    "area_confirmed": "确认面积差异结算",
    "area_corrected": "实测面积更正",
    "sla_warning": "办理时限预警",
    "sla_overdue": "办理超时",
    "post_check_done": "告知承诺事后核查完成",
    "signature_requested": "发起电子签署",
    "signature_signed": "业主已电子签名",
    "signature_sealed": "文件已加盖电子印章",
    "signature_reminder": "签署提醒",
    "signature_expired": "签署已过期",
}

# A staff member's next task, by the action it is (work queues).
TASK_LABELS = {
    "accept": "预审受理",
    "issue_certificate": "缮证",
    "deliver": "发证",
    "review_step": "审批",
    "post_check": "告知承诺核查",
}

STEP_STATUS_LABELS = {
    StepStatus.waiting: "待开始",
    StepStatus.active: "审批中",
    StepStatus.approved: "已通过",
    StepStatus.rejected: "已退回",
    StepStatus.cancelled: "已终止（申请已结束）",  # 不予登记 or withdrawn before it was decided
}

# States of a phase on the timeline (progress._timeline).
PHASE_STATE_LABELS = {
    "done": "已完成",
    "active": "进行中",
    "waiting": "未开始",
    "stopped": "已终止",
    "returned": "已退回",
}

# 批量受理, per house: `lifecycle.batch_preview` (create) and `batch_create` (the rest).
BATCH_OUTCOME_LABELS = {
    "create": "将创建申请",
    "created": "已创建",
    "exists": "已有办理中的申请",
    "not_found": "未找到该房屋",
    "no_owner": "不符合条件",
    "invalid_row": "表格有误",  # a row of the uploaded list that names no house
}
