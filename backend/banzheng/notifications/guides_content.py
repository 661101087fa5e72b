"""The guides written on first start (`ensure_guides`): plain-language texts that used to live in
the mini-program (pages/guide/content.js), per estate problem kind, the FAQ and risk notices.
Staff edit them afterwards in the API; these defaults never overwrite an edited row.
"""

from __future__ import annotations

from banzheng.notifications.models import GuideKind

A, P, F, R = GuideKind.application_type, GuideKind.problem, GuideKind.faq, GuideKind.risk_notice

SEED: list[dict] = [
    # ---- per application type (moved from miniprogram/pages/guide/content.js) ----------------
    {
        "kind": A,
        "key": "transfer_registration",
        "title": "转移登记：为自己的房子办证",
        "markdown": (
            "开发商已为小区办好首次登记后，您就可以为自己的房子申请不动产权证书（俗称“房本”）。\n\n"
            "在手机上一次提交材料即可，无需跑窗口；材料不全时，非必交的可以先受理、以后补交。\n\n"
            "受理后，税务、维修资金等部门同时审核，全程一般不超过 5 个工作日。"
        ),
    },
    {
        "kind": A,
        "key": "first_registration",
        "title": "首次登记：开发企业为小区办证",
        "markdown": (
            "新建小区竣工后，由开发企业为整栋或整个小区申请首次登记，这是业主办证的前提。\n\n"
            "规划、测绘等部门同时审核，材料齐全时全程一般不超过 5 个工作日。"
        ),
    },
    {
        "kind": A,
        "key": "combined",
        "title": "首转合一：首次登记和转移登记一起办",
        "markdown": (
            "新建小区的首次登记和业主的转移登记一起受理、一起审批，业主不必等开发商先办完。\n\n"
            "规划、测绘、税务、维修资金等部门同时审核，全程一般不超过 5 个工作日。"
        ),
    },
    # ---- per estate problem kind (一小区一档案: 问题类型) ---------------------------------------
    {
        "kind": P,
        "key": "planning_incomplete",
        "title": "规划手续不全，我的房子还能办证吗？",
        "markdown": (
            "小区建设时规划手续没有办齐，是很多老小区办不了证的原因。这不是业主的责任。\n\n"
            "政府将按“一小区一方案”由规划部门补办或认定规划核实意见，办好后您就可以正常申请。"
            "方案进度会公布在小区档案里，您可以在小程序中查看。"
        ),
    },
    {
        "kind": P,
        "key": "land_dispute",
        "title": "土地性质有争议怎么办？",
        "markdown": (
            "如果小区用地是划拨土地或性质有争议，需要先由自然资源部门认定，必要时补缴土地出让金。\n\n"
            "是否需要业主分担、分担多少，以政府公布的处置方案为准，不会在您不知情的情况下收费。"
        ),
    },
    {
        "kind": P,
        "key": "area_difference",
        "title": "实测面积和合同面积不一样",
        "markdown": (
            "面积误差比在 3% 以内的，按合同约定据实结算，不影响办证。\n\n"
            "超过 3% 的，需要先和开发商结算面积差价：多出 3% 以上的部分由开发商承担，"
            "少了的部分开发商要退款（超过 3% 的部分双倍返还）。结算确认后才能登簿。"
        ),
    },
    {
        "kind": P,
        "key": "developer_missing",
        "title": "开发商找不到了，还能办证吗？",
        "markdown": (
            "开发商失联的小区，由街道和住建部门牵头，按处置方案代为收集首次登记材料，"
            "必要时依法公告后由业主单方申请。\n\n请关注小区公告，按通知准备本人材料即可。"
        ),
    },
    {
        "kind": P,
        "key": "completion_missing",
        "title": "小区没有竣工验收备案",
        "markdown": (
            "缺少竣工验收备案的，由住建部门组织质量安全鉴定或补办备案。鉴定合格后即可办理首次登记。"
        ),
    },
    {
        "kind": P,
        "key": "other",
        "title": "其他历史遗留问题",
        "markdown": "其他原因办不了证的，政府会逐个小区制定处置方案并公开进度，您可以在小区档案中查看。",
    },
    # ---- FAQ --------------------------------------------------------------------------------
    {
        "kind": F,
        "key": "how-long",
        "title": "办证要多长时间？",
        "markdown": (
            "从受理起算，全程一般不超过 **5 个工作日**（法定节假日不计，调休上班日计算）。"
            "材料需要补正的，从重新提交后继续计算。"
        ),
    },
    {
        "kind": F,
        "key": "deferred",
        "title": "材料不全也能受理吗？（容缺受理）",
        "markdown": (
            "身份证、买卖合同等核心材料必须齐全；其他材料可以先受理、在约定期限内补交。"
            "补交前不会登簿，逾期未交申请可能被退回。"
        ),
    },
    {
        "kind": F,
        "key": "commitment",
        "title": "什么是告知承诺书？",
        "markdown": (
            "部分材料（如婚姻状况证明、维修资金缴存证明）可以签署《告知承诺书》代替。"
            "承诺内容会在事后核查，**承诺不实将被撤销登记并记入信用记录**。"
        ),
    },
    {
        "kind": F,
        "key": "fees",
        "title": "要交哪些钱？",
        "markdown": (
            "一般包括契税和首期住宅专项维修资金；不动产登记费按国家规定收取或减免。"
            "每一项的计算依据都会在“费用”中公开，您在申请前就可以按自己的房屋估算。"
        ),
    },
    {
        "kind": F,
        "key": "notifications",
        "title": "怎样及时收到办理进度？",
        "markdown": (
            "在提交申请、补正材料、领证提醒时，小程序会询问是否接收微信通知，同意后每个节点会提醒您一次。"
            "不接收微信通知的，可以在“设置”中开启短信通知；所有消息都能在“消息”里查看。"
        ),
    },
    # ---- risk notices (风险提示前置化) ------------------------------------------------------------
    {
        "kind": R,
        "key": "area-difference-settlement",
        "title": "面积差异未结算，将影响登簿、出售和抵押",
        "markdown": (
            "您的房屋实测面积与合同面积的误差比超过 3%。按《商品房销售管理办法》第二十条，"
            "需要先与开发商结算面积差价并在小程序中确认，**确认前不能登簿**。\n\n"
            "没有不动产权证书的房屋不能办理转让（出售）过户，银行也不能办理抵押贷款。"
            "请尽早与开发商结算。"
        ),
        "steps": ["apply", "accept", "department_review", "register"],
        "condition": "area_over_tolerance",
    },
    {
        "kind": R,
        "key": "deferred-materials-due",
        "title": "容缺材料请按期补交",
        "markdown": (
            "您的申请有材料以容缺方式先行受理。补交前**不会登簿**；逾期未交的，申请可能被退回，"
            "需要重新提交。"
        ),
        "steps": ["accept", "department_review", "register"],
        "condition": "has_deferred",
    },
    {
        "kind": R,
        "key": "commitment-verified-later",
        "title": "告知承诺的内容会被核查",
        "markdown": (
            "您以告知承诺书代替了部分材料。登记机构会在办结后核查，承诺不实的将撤销登记、"
            "记入信用记录并依法追究责任。"
        ),
        "steps": ["apply", "accept"],
        "condition": "has_commitment",
    },
    {
        "kind": R,
        "key": "check-before-submit",
        "title": "提交前请核对身份证号和房屋信息",
        "markdown": (
            "申请表上的身份证号、姓名和房屋坐落将写入不动产登记簿。信息有误会导致补正或登记错误，"
            "提交前请逐项核对。"
        ),
        "steps": ["apply"],
        "condition": "always",
    },
]
