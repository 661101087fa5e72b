"""The separate consent to process face data that every identity check starts with.

Face images and voice are sensitive personal information (《个人信息保护法》art. 28): processing
them needs a specific purpose, strict protection and the person's *separate* consent (art. 29),
after being told what is processed, why, how long it is kept and how to refuse (art. 17, 30).
The owner agrees to the exact text below; the check records its version and SHA-256, so the
text a person agreed to can be shown again later even after it changes.

Change `VERSION` whenever the wording changes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

VERSION = "2026-12-01"

_TEXT = """人脸信息处理单独同意书

为办理不动产登记（小区办证）中的远程身份核验，我们需要处理您的以下敏感个人信息：
一、处理的信息：您本次录制的视频（包括面部影像和朗读数字的声音），以及您已提交的身份证照片。
二、处理目的：仅用于核实正在办理业务的人是产权登记的业主本人，以便您远程签署办证文件；不用于其他任何目的。
三、处理方式：系统自动检查视频能否看清、听清，然后由不动产登记中心的工作人员{provider_text}比对视频与身份证照片。
四、保存期限：视频在核验结论作出后保存 {retention_days} 天，期满自动删除；核验结论（通过或不通过、时间、经办人）作为办件记录保存。
五、您的权利：您可以不同意。不同意不影响您到登记窗口当面办理。您可以随时撤回同意，撤回后我们将删除尚未完成核验的视频。
六、安全措施：视频加密存储，仅经办工作人员在核验时可以查看，查看和决定均留有记录。

我已阅读并理解上述内容，单独同意处理我的人脸信息。"""

_PROVIDER_TEXT = {
    "manual": "",
    "faceid": "或受委托的人脸核身服务（活体检测与人像比对）",
}


@dataclass(frozen=True)
class ConsentText:
    version: str
    text: str
    sha256: str


def consent_text(*, provider: str, retention_days: int) -> ConsentText:
    text = _TEXT.format(provider_text=_PROVIDER_TEXT[provider], retention_days=retention_days)
    return ConsentText(VERSION, text, hashlib.sha256(text.encode()).hexdigest())
