"""Factories for test data: an organisation tree, staff, owners and houses."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal

from banzheng.accounts.models import Department, Level, Organisation, User
from banzheng.accounts.service import seal_personal_data
from banzheng.communities.models import Building, Community, House, HouseOwner, LandNature
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.passwords import hash_password
from banzheng.security.roles import Role


@dataclass
class Orgs:
    city: Organisation
    east: Organisation
    west: Organisation
    heping: Organisation  # street in east
    jianshe: Organisation  # street in east
    xinhua: Organisation  # street in west
    east_tax: Organisation  # department of east
    east_planning: Organisation
    east_housing: Organisation
    city_registry: Organisation
    city_survey: Organisation


async def org(
    name: str, level: Level, parent: Organisation | None = None, department=None
) -> Organisation:
    o = Organisation(name=name, level=level, parent=parent, department=department, scope_path="")
    o.scope_path = (
        parent.scope_path if department else (parent.scope_path if parent else "/") + f"{o.id}/"
    )
    await o.save()
    return o


async def org_tree() -> Orgs:
    city = await org("测试市", Level.city)
    east = await org("东区", Level.district, city)
    west = await org("西区", Level.district, city)
    return Orgs(
        city=city,
        east=east,
        west=west,
        heping=await org("和平街道", Level.street, east),
        jianshe=await org("建设街道", Level.street, east),
        xinhua=await org("新华街道", Level.street, west),
        east_tax=await org("东区税务局", Level.district, east, Department.tax),
        east_planning=await org("东区规划分局", Level.district, east, Department.planning),
        east_housing=await org("东区住建局", Level.district, east, Department.housing),
        city_registry=await org("市不动产登记中心", Level.city, city, Department.registry),
        city_survey=await org("市房产测绘中心", Level.city, city, Department.survey),
    )


async def staff(
    username: str, role: Role, organisation: Organisation, password: str | None = None
) -> User:
    return await User.create(
        username=username,
        role=role,
        display_name=username,
        organisation=organisation,
        password_hash=hash_password(password) if password else None,
    )


async def owner(username: str, cipher: FieldCipher | None = None, **pii: str) -> User:
    user = User(username=username, role=Role.owner, display_name=username)
    if pii:
        seal_personal_data(user, cipher=cipher, **pii)
    await user.save()
    return user


async def community(street: Organisation, name: str = "测试小区") -> Community:
    return await Community.create(
        name=name,
        address="测试路 1 号",
        organisation=street,
        scope_path=street.scope_path,
        build_year=2010,
        land_nature=LandNature.granted,
    )


_units = itertools.count(1)


def new_unit_number() -> str:
    """A fresh 不动产单元号 in the GB/T 37346 shape (28 characters)."""
    return f"110101001001GB00001F{next(_units):08d}"


async def house(
    street: Organisation,
    *,
    owner: User | None = None,
    room: str = "101",
    contract_area: str = "90.00",
    measured_area: str | None = None,
    estate: Community | None = None,
    unit_number: str | None = "",
) -> House:
    """`unit_number`: "" gives a fresh one, None leaves it missing from the archive."""
    estate = estate or await community(street, f"{street.name}小区{room}")
    building, _ = await Building.get_or_create(community=estate, number="1")
    h = await House.create(
        building=building,
        unit="1",
        room=room,
        contract_area=Decimal(contract_area),
        measured_area=Decimal(measured_area) if measured_area else None,
        unit_number=new_unit_number() if unit_number == "" else unit_number,
    )
    if owner is not None:
        await HouseOwner.create(house=h, owner=owner)
    return h
