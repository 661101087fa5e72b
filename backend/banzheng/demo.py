"""A small, realistic demo data set for the embedded default (loaded by `scripts/dev.sh`).

One city, two districts, three streets, departments, three estates, staff of every role and two
owners with houses. Every department that reviews a step has a reviewer in each district, so a
newcomer can walk an application to 发证 as every role, in both districts (README "Demo",
tests/test_demo_walkthrough.py); one house has an area difference beyond 3 %; one owner of record
waits to be bound by a fresh account. Loading twice changes nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tortoise.transactions import in_transaction

from banzheng.accounts.models import Department, Level, Organisation, User
from banzheng.accounts.service import seal_personal_data
from banzheng.communities import binding
from banzheng.communities.models import (
    Building,
    Community,
    Company,
    CompanyKind,
    House,
    HouseOwner,
    LandNature,
    OwnerOfRecord,
)
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.passwords import hash_password
from banzheng.security.roles import Role

DEMO_PASSWORD = "Banzheng@2026"
CITY = "示例市"

# login, role, display name, organisation name
DEMO_STAFF = [
    ("clerk-demo", Role.clerk, "王敏（和平街道窗口）", "和平街道"),
    ("clerk-xinhua", Role.clerk, "李强（新华街道窗口）", "新华街道"),
    ("reviewer-tax-demo", Role.department_reviewer, "赵磊（东城区税务局）", "东城区税务局"),
    (
        "reviewer-planning-demo",
        Role.department_reviewer,
        "钱芳（东城区规划分局）",
        "东城区规划分局",
    ),
    (
        "reviewer-housing-demo",
        Role.department_reviewer,
        "冯琳（东城区住建局）",
        "东城区住建局",
    ),
    (
        "reviewer-tax-xicheng",
        Role.department_reviewer,
        "陈晨（西城区税务局）",
        "西城区税务局",
    ),
    (
        "reviewer-planning-xicheng",
        Role.department_reviewer,
        "褚明（西城区规划分局）",
        "西城区规划分局",
    ),
    (
        "reviewer-housing-xicheng",
        Role.department_reviewer,
        "卫红（西城区住建局）",
        "西城区住建局",
    ),
    (
        "reviewer-survey-demo",
        Role.department_reviewer,
        "蒋涛（市房产测绘中心）",
        "市房产测绘中心",
    ),
    (
        "reviewer-registry-demo",
        Role.department_reviewer,
        "孙杰（市不动产登记中心）",
        "市不动产登记中心",
    ),
    ("property-demo", Role.property_manager, "周洁（安居物业）", "和平街道"),
    ("developer-demo", Role.developer_rep, "吴刚（宏达置业）", "东城区"),
    ("supervisor-demo", Role.supervisor, "郑华（市办证工作领导小组）", CITY),
    ("admin-demo", Role.admin, "系统管理员", CITY),
]
# login, display name, real name, ID number (valid GB 11643 check digit), phone, estate, bld, unit, room
# (owner-demo also owns AREA_CASE_HOUSE, whose measured area is 6 % above the contract's)
DEMO_OWNERS = [
    (
        "owner-demo",
        "张伟",
        "张伟",
        "110101199003078515",
        "13800138000",
        "幸福里小区",
        "3",
        "2",
        "301",
    ),
    (
        "owner-remote",
        "刘洋（异地）",
        "刘洋",
        "440106198507124531",
        "13900139000",
        "新华小区",
        "1",
        "1",
        "1202",
    ),
]


# 幸福里小区 3-2-302: measured 128.90 m² against 121.36 m² in the contract, 6.21 % — beyond the 3 %
# that must be settled (and confirmed by the owner) before registration (applications/rules.py).
AREA_CASE_HOUSE = ("幸福里小区", "3", "2", "302")
AREA_CASE_MEASURED = Decimal("128.90")

# A fresh WeChat-like account with no house, and the owner of record it can bind to
# (POST /api/v1/me/houses/bind): 阳光花园 1-1-101, with its 网签备案 contract number on file.
NEW_OWNER_LOGIN = "owner-new"
NEW_OWNER_RECORD = ("陈静", "110105197505050025", "WQ2012-000101", ("阳光花园", "1", "1", "101"))


async def load(cipher: FieldCipher) -> bool:
    """Load the demo set; returns False when it was already there."""
    if await Organisation.exists(name=CITY, level=Level.city):
        return False
    async with in_transaction():
        orgs = await _organisations()
        estates = await _estates(orgs)
        first = next(iter(estates.values()))
        # the demo's developer and property manager represent the estates' own companies
        companies = {
            Role.developer_rep: first.developer,
            Role.property_manager: first.property_manager,
        }
        password = hash_password(DEMO_PASSWORD)
        for login, role, name, org in DEMO_STAFF:
            await User.create(
                username=login,
                role=role,
                display_name=name,
                password_hash=password,
                organisation=orgs[org],
                company=companies.get(role),
            )
        for login, display, real, id_no, phone, estate, bld, unit, room in DEMO_OWNERS:
            owner = User(username=login, role=Role.owner, display_name=display)
            seal_personal_data(owner, cipher=cipher, real_name=real, id_number=id_no, phone=phone)
            await owner.save()
            building = await Building.get(community=estates[estate], number=bld)
            house = await House.get(building=building, unit=unit, room=room)
            await _owner_of_record(house, real, id_no, cipher, bound_to=owner)
            await HouseOwner.create(house=house, owner=owner)
            if login == "owner-demo":
                area_case = await _house(*AREA_CASE_HOUSE)
                area_case.measured_area = AREA_CASE_MEASURED
                await area_case.save(update_fields=["measured_area"])
                await _owner_of_record(area_case, real, id_no, cipher, bound_to=owner)
                await HouseOwner.create(house=area_case, owner=owner)
        await User.create(username=NEW_OWNER_LOGIN, role=Role.owner, display_name="微信用户")
        name, id_no, contract, where = NEW_OWNER_RECORD
        house = await _house(*where)
        house.contract_number_hash = binding.contract_number_hash(contract, cipher)
        await house.save(update_fields=["contract_number_hash"])
        await _owner_of_record(house, name, id_no, cipher, bound_to=None)
    return True


async def _house(estate: str, building: str, unit: str, room: str) -> House:
    return await House.get(
        building__community__name=estate, building__number=building, unit=unit, room=room
    )


async def _owner_of_record(
    house: House, name: str, id_number: str, cipher: FieldCipher, *, bound_to: User | None
) -> OwnerOfRecord:
    """The archive's 产权人 of a house (communities/binding.py), bound to a demo account or not."""
    record = binding.new_owner_record(
        house.id, name=name, id_number=id_number, share_percent=100, cipher=cipher
    )
    record.bound_user, record.bound_at = bound_to, bound_to.created_at if bound_to else None
    await record.save()
    return record


async def _org(
    name: str, level: Level, parent: Organisation | None = None, department=None
) -> Organisation:
    org = Organisation(name=name, level=level, parent=parent, department=department, scope_path="")
    if department is not None:
        org.scope_path = parent.scope_path
    else:
        org.scope_path = (parent.scope_path if parent else "/") + f"{org.id}/"
    await org.save()
    return org


async def _organisations() -> dict[str, Organisation]:
    city = await _org(CITY, Level.city)
    east = await _org("东城区", Level.district, city)
    west = await _org("西城区", Level.district, city)
    orgs = {o.name: o for o in (city, east, west)}
    for name, district in (("和平街道", east), ("建设街道", east), ("新华街道", west)):
        orgs[name] = await _org(name, Level.street, district)
    for name, level, parent, dept in (
        ("东城区税务局", Level.district, east, Department.tax),
        ("东城区规划分局", Level.district, east, Department.planning),
        ("东城区住建局", Level.district, east, Department.housing),
        ("西城区税务局", Level.district, west, Department.tax),
        ("西城区规划分局", Level.district, west, Department.planning),
        ("西城区住建局", Level.district, west, Department.housing),
        ("市不动产登记中心", Level.city, city, Department.registry),
        ("市房产测绘中心", Level.city, city, Department.survey),
    ):
        orgs[name] = await _org(name, level, parent, dept)
    orgs["示例市办证工作领导小组"] = city
    return orgs


async def _estates(orgs: dict[str, Organisation]) -> dict[str, Community]:
    developer = await Company.create(
        name="宏达置业有限公司", kind=CompanyKind.developer, credit_code="91110101MA0000001X"
    )
    manager = await Company.create(
        name="安居物业服务有限公司",
        kind=CompanyKind.property_manager,
        credit_code="91110101MA0000002X",
    )
    estates = {}
    for zone, (name, address, street, year, land, buildings) in enumerate(
        (
            ("幸福里小区", "示例市东城区和平路 18 号", "和平街道", 1998, LandNature.allocated, 4),
            ("阳光花园", "示例市东城区建设大道 266 号", "建设街道", 2012, LandNature.granted, 6),
            ("新华小区", "示例市西城区新华街 9 号", "新华街道", 2019, LandNature.granted, 3),
        ),
        start=1,
    ):
        org = orgs[street]
        community = await Community.create(
            name=name,
            address=address,
            organisation=org,
            scope_path=org.scope_path,
            build_year=year,
            land_nature=land,
            # residential land is granted for 70 years (《城镇国有土地使用权出让和转让暂行条例》第十二条)
            land_use_end=date(year + 68, 12, 31) if land is LandNature.granted else None,
            developer=developer,
            property_manager=manager,
        )
        estates[name] = community
        for number in range(1, buildings + 1):
            building = await Building.create(community=community, number=str(number))
            await House.bulk_create(
                [
                    House(
                        building=building,
                        unit=unit,
                        room=f"{floor}{door:02d}",
                        contract_area=area,
                        measured_area=area + Decimal("1.20"),
                        # 不动产单元号 (GB/T 37346): county, cadastral zone, parcel, building unit
                        unit_number=f"110101{zone:03d}001GB{number:05d}F{unit}{floor:03d}{door:04d}",
                    )
                    for unit in ("1", "2")
                    for floor in range(1, 13 if year > 2000 else 7)
                    for door, area in ((1, Decimal("89.50")), (2, Decimal("121.36")))
                ]
            )
    return estates
