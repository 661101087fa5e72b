"""The four documents owners sign, as `render.Document` values built from plain facts.

Wording follows the usual forms of 不动产登记 offices: 《不动产登记暂行条例》 art. 16 for the
application, 告知承诺制 (国办发〔2020〕42号 《关于全面推行证明事项告知承诺制的指导意见》) for the
commitment letter, and the area-difference settlement of plan requirement 10 (> 3 %).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from banzheng.signatures.models import DocumentKind
from banzheng.signatures.render import Document, SignerSlot
from banzheng.signatures.sealing import SEAL_FIELD

TITLES = {
    DocumentKind.application_form: "不动产登记申请书",
    DocumentKind.commitment_letter: "告知承诺书",
    DocumentKind.area_confirmation: "面积差异确认书",
    DocumentKind.power_of_attorney: "委托书",
}


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str  # shown in full: the document is the legal record (stored encrypted)
    role: str = "权利人"  # 权利人 / 共有人


@dataclass
class Facts:
    case_number: str
    application_type: str
    address: str
    registry_name: str
    people: list[Person]
    requirement_name: str | None = None  # commitment: the material the letter replaces
    contract_area: Decimal | None = None
    measured_area: Decimal | None = None
    area_error_ratio: Decimal | None = None
    area_amount: Decimal | None = None  # money to settle (+ owner pays, − refund)
    agent_name: str | None = None
    agent_id_number: str | None = None
    agent_relation: str | None = None
    matters: list[str] = field(default_factory=list)
    date_text: str = ""


def field_name(position: int) -> str:
    return f"owner-{position}"


def _slots(facts: Facts) -> list[SignerSlot]:
    slots = [
        SignerSlot(field_name(i + 1), f"{p.role}（签名）", p.name)
        for i, p in enumerate(facts.people)
    ]
    return [*slots, SignerSlot(SEAL_FIELD, "登记机构（电子印章）", facts.registry_name)]


def _people(facts: Facts) -> list[tuple[str, str]]:
    return [(f"{p.role}", f"{p.name}　身份证号 {p.id_number}") for p in facts.people]


def build(kind: DocumentKind, facts: Facts) -> Document:
    return {
        DocumentKind.application_form: _application_form,
        DocumentKind.commitment_letter: _commitment_letter,
        DocumentKind.area_confirmation: _area_confirmation,
        DocumentKind.power_of_attorney: _power_of_attorney,
    }[kind](facts)


def _footer(facts: Facts) -> str:
    return (
        f"本文件由小区办证平台生成，签名人经远程视频核验身份后以电子签名签署，"
        f"{facts.registry_name}加盖电子印章。可通过平台“验证签名”功能或任何支持 PAdES 的阅读器核验。"
    )


def _application_form(facts: Facts) -> Document:
    return Document(
        title=TITLES[DocumentKind.application_form],
        reference=f"受理编号 {facts.case_number}",
        facts=[
            ("登记类型", facts.application_type),
            ("不动产坐落", facts.address),
            *_people(facts),
            ("申请日期", facts.date_text),
        ],
        clauses=[
            f"申请人就上述不动产向{facts.registry_name}申请办理{facts.application_type}。",
            "申请人保证所填写的内容和提交的材料真实、合法、有效，复印件与原件一致；"
            "如有不实，申请人承担由此产生的一切法律责任（《不动产登记暂行条例》第十六条）。",
            "申请人同意登记机构通过部门数据共享核验相关信息。",
        ],
        signers=_slots(facts),
        footer=_footer(facts),
    )


def _commitment_letter(facts: Facts) -> Document:
    material = facts.requirement_name or "相关证明材料"
    return Document(
        title=TITLES[DocumentKind.commitment_letter],
        reference=f"受理编号 {facts.case_number}",
        facts=[
            ("事项", facts.application_type),
            ("不动产坐落", facts.address),
            ("以承诺代替的材料", material),
            *_people(facts),
        ],
        clauses=[
            f"一、登记机构已告知：办理本事项需提交「{material}」，依照证明事项告知承诺制，"
            "申请人可以书面承诺代替该材料。",
            f"二、本人承诺：本人符合「{material}」所证明的条件，所作承诺真实、准确、完整，"
            "并自愿接受登记机构的事中事后核查。",
            "三、本人知晓：承诺不实的，登记机构将撤销相关登记或不予登记，记入信用记录，"
            "并依法追究法律责任；给他人造成损失的，依法承担赔偿责任。",
            "四、本承诺书经本人电子签名后与书面签字具有同等法律效力（《中华人民共和国电子签名法》第十四条）。",
        ],
        signers=_slots(facts),
        footer=_footer(facts),
    )


def _area_confirmation(facts: Facts) -> Document:
    amount = facts.area_amount
    settle = (
        f"按合同单价计算，应补交房款 {amount:.2f} 元。"
        if amount is not None and amount > 0
        else f"按合同单价计算，应退还房款 {abs(amount):.2f} 元。"
        if amount is not None and amount < 0
        else "结算金额以双方结算为准。"
    )
    return Document(
        title=TITLES[DocumentKind.area_confirmation],
        reference=f"受理编号 {facts.case_number}",
        facts=[
            ("不动产坐落", facts.address),
            ("合同约定面积", f"{facts.contract_area} 平方米"),
            ("实测面积", f"{facts.measured_area} 平方米"),
            ("面积误差比", f"{facts.area_error_ratio}%"),
            *_people(facts),
        ],
        clauses=[
            "本人已知悉上述房屋实测面积与合同约定面积的差异，面积误差比绝对值超过 3%。",
            settle,
            "本人确认以实测面积办理不动产登记，并同意按上述方式结算面积差价。",
        ],
        signers=_slots(facts),
        footer=_footer(facts),
    )


def _power_of_attorney(facts: Facts) -> Document:
    matters = "；".join(facts.matters) or "代为提交办证材料、领取不动产权证书"
    return Document(
        title=TITLES[DocumentKind.power_of_attorney],
        reference=f"受理编号 {facts.case_number}",
        facts=[
            ("不动产坐落", facts.address),
            *[(f"委托人（{p.role}）", f"{p.name}　身份证号 {p.id_number}") for p in facts.people],
            ("受托人", f"{facts.agent_name or ''}　身份证号 {facts.agent_id_number or ''}"),
            ("与委托人关系", facts.agent_relation or ""),
        ],
        clauses=[
            f"委托人委托受托人办理上述不动产的以下事项：{matters}。",
            "受托人在委托权限内所办理的事项，委托人均予以承认，并承担相应的法律后果。",
            "委托期限自签署之日起至上述事项办结之日止。受托人无转委托权。",
        ],
        signers=_slots(facts),
        footer=_footer(facts),
    )
