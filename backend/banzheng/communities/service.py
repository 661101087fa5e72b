"""Estates, buildings and houses: reading and (later) keeping the 一小区一档案 archive."""

from __future__ import annotations

from banzheng.communities.models import HouseOwner


async def houses_of(*, owner_id: object) -> list[dict]:
    links = await HouseOwner.filter(owner_id=owner_id).select_related("house__building__community")
    result = []
    for link in sorted(links, key=lambda lk: (lk.house.building.community.name, lk.house.building.number)):
        house = link.house
        community = house.building.community
        result.append({
            "id": str(house.id),
            "community_id": str(community.id),
            "community_name": community.name,
            "address": community.address,
            "building": house.building.number,
            "unit": house.unit,
            "room": house.room,
            "contract_area": str(house.contract_area),
            "measured_area": str(house.measured_area) if house.measured_area is not None else None,
            "share_percent": link.share_percent,
        })
    return result
