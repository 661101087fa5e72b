"""Estates, buildings and houses: reading and (later) keeping the 一小区一档案 archive."""

from __future__ import annotations

from banzheng.accounts.models import User
from banzheng.common.errors import NotFound
from banzheng.communities.models import House, HouseOwner
from banzheng.security.permissions import can_see
from banzheng.security.roles import Role


def _house_view(house: House, share_percent: int | None) -> dict:
    community = house.building.community
    return {
        "id": str(house.id),
        "community_id": str(community.id),
        "community_name": community.name,
        "address": community.address,
        "building": house.building.number,
        "unit": house.unit,
        "room": house.room,
        "contract_area": str(house.contract_area),
        "measured_area": str(house.measured_area) if house.measured_area is not None else None,
        "share_percent": share_percent,
    }


async def houses_of(*, owner_id: object) -> list[dict]:
    links = await HouseOwner.filter(owner_id=owner_id).select_related("house__building__community")
    links.sort(
        key=lambda lk: (lk.house.building.community.name, lk.house.building.number, lk.house.room)
    )
    return [_house_view(link.house, link.share_percent) for link in links]


async def house_for(*, house_id: object, user: User) -> dict:
    """One house, for one of its owners or staff whose scope covers its estate; else 404."""
    house = await House.get_or_none(id=house_id).select_related("building__community")
    links = await HouseOwner.filter(house_id=house_id) if house else []
    if house is None or not can_see(
        user,
        scope_path=house.building.community.scope_path,
        owner_ids=[lk.owner_id for lk in links],
    ):
        raise NotFound("未找到该房屋")
    mine = next((lk.share_percent for lk in links if lk.owner_id == user.id), None)
    return _house_view(house, mine if user.role is Role.owner else None)
