"""What owners and clerks read instead of codes (one labels module per domain)."""

from __future__ import annotations

from banzheng.identity.models import ChallengeAction, CheckStatus

STATUS_LABELS = {
    CheckStatus.awaiting_video: "请录制核验视频",
    CheckStatus.awaiting_provider: "请在核验页面完成人脸核身",
    CheckStatus.checking: "视频已上传，正在自动检查",
    CheckStatus.retake: "视频不符合要求，请重新录制",
    CheckStatus.in_review: "等待工作人员审核",
    CheckStatus.passed: "核验通过",
    CheckStatus.failed: "核验未通过",
    CheckStatus.expired: "核验已过期，请重新开始",
}

ACTION_LABELS = {
    ChallengeAction.turn_head: "缓慢向左转头，再转回正面",
    ChallengeAction.blink: "正对镜头眨两次眼",
    ChallengeAction.nod: "正对镜头点两次头",
}

PROVIDER_LABELS = {
    "manual": "工作人员视频审核",
    "faceid": "人脸核身服务",
}
