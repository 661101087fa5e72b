"""What owners and the public read about certificates (one place for every label)."""

from __future__ import annotations

from banzheng.certificates.models import CertificateStatus, RevocationKind
from banzheng.communities.models import LandNature

STATUS_LABELS = {
    CertificateStatus.issuing: "正在制证",
    CertificateStatus.current: "有效",
    CertificateStatus.revoked: "已作废",
}
REVOCATION_LABELS = {
    RevocationKind.replaced: "已换发新证",
    RevocationKind.cancelled: "已注销",
}
# 权利类型 and 权利性质 by the estate's land (《不动产登记操作规范（试行）》 附录).
RIGHT_TYPES = {
    LandNature.granted: "国有建设用地使用权/房屋所有权",
    LandNature.allocated: "国有建设用地使用权/房屋所有权",
    LandNature.collective: "集体建设用地使用权/房屋所有权",
}
RIGHT_NATURES = {
    LandNature.granted: "出让/市场化商品房",
    LandNature.allocated: "划拨/房改房",
    LandNature.collective: "集体土地/自建房",
}
LAND_USES = {"住宅": "城镇住宅用地"}
SOLE, BY_SHARES = "单独所有", "按份共有"
TITLE = "不动产权电子证照"
