"""Labels and the fixed vocabulary of the 好差评 scheme (国办发〔2019〕51号, GB/T 39734-2020,
GB/T 39735-2020): levels, second-level indicators per channel, case and appeal states."""

from __future__ import annotations

from banzheng.feedback.models import (
    AppealStatus,
    CaseStatus,
    Level,
    RatingChannel,
    TargetKind,
)

LEVEL_LABELS = {
    Level.very_satisfied: "非常满意",
    Level.satisfied: "满意",
    Level.basically_satisfied: "基本满意",
    Level.dissatisfied: "不满意",
    Level.very_dissatisfied: "非常不满意",
}
BAD_LEVELS = frozenset({Level.dissatisfied, Level.very_dissatisfied})  # 差评
GOOD_LEVELS = frozenset(Level) - BAD_LEVELS  # counted as satisfied (满意率)

# Second-level indicators (二级指标) per channel, in the standard's order; the first is the
# overall level itself.
INDICATORS = {
    RatingChannel.online: {
        "overall": "整体满意度",
        "efficiency": "办事效率",
        "guide_accuracy": "办事指南精确度",
        "convenience": "办事便捷度",
        "usability": "平台操作性",
    },
    RatingChannel.onsite: {
        "overall": "整体满意度",
        "efficiency": "服务效率",
        "skill": "服务水平",
        "attitude": "服务态度",
    },
}

# 现场服务"一次一评", 网上服务"一事一评": which channel each target is rated in.
TARGET_CHANNELS = {
    TargetKind.window: RatingChannel.onsite,
    TargetKind.staff: RatingChannel.onsite,
    TargetKind.station: RatingChannel.onsite,
    TargetKind.receipt: RatingChannel.online,
}

TARGET_LABELS = {
    TargetKind.window: "服务窗口",
    TargetKind.staff: "工作人员",
    TargetKind.station: "小区服务站",
    TargetKind.receipt: "办件（受理回执）",
}
CHANNEL_LABELS = {RatingChannel.onsite: "现场服务", RatingChannel.online: "网上服务"}

CASE_LABELS = {
    CaseStatus.open: "待回访核实",
    CaseStatus.visited: "已回访，整改中",
    CaseStatus.rectified: "已整改",
    CaseStatus.appealed: "工作人员申诉，复核中",
    CaseStatus.voided: "经复核，该评价不计入",
}
APPEAL_LABELS = {
    AppealStatus.pending: "待复核",
    AppealStatus.upheld: "申诉成立",
    AppealStatus.rejected: "申诉不成立",
}
