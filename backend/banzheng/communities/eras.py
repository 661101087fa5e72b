"""Estate eras: the work plan sorts estates by when they were built and treats each group its own
way (《推动小区办证工作方案》 section on 分类施策: 2000 年以前, 2000—2017 年, 2018 年以后).

The two boundary years are named here once; filters, labels and statistics all use them.
"""

from __future__ import annotations

from enum import StrEnum

ERA_2000_START = 2000  # first build year of the 2000–2017 group
ERA_2018_START = 2018  # first build year of the "2018 on" group


class Era(StrEnum):
    before_2000 = "before_2000"
    from_2000_to_2017 = "2000_2017"
    from_2018 = "from_2018"


ERA_LABELS = {
    Era.before_2000: "2000年以前建成",
    Era.from_2000_to_2017: "2000—2017年建成",
    Era.from_2018: "2018年以后建成",
}


def era_of(build_year: int) -> Era:
    if build_year < ERA_2000_START:
        return Era.before_2000
    if build_year < ERA_2018_START:
        return Era.from_2000_to_2017
    return Era.from_2018


def build_year_filter(era: Era) -> dict[str, int]:
    """Tortoise filter arguments selecting the estates of one era by build year."""
    if era is Era.before_2000:
        return {"build_year__lt": ERA_2000_START}
    if era is Era.from_2000_to_2017:
        return {"build_year__gte": ERA_2000_START, "build_year__lt": ERA_2018_START}
    return {"build_year__gte": ERA_2018_START}
