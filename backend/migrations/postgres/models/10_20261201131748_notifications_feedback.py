from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "notification_broadcast" (
    "id" UUID NOT NULL PRIMARY KEY,
    "title" VARCHAR(80) NOT NULL,
    "markdown" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "community_ids" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "recipients" INT NOT NULL,
    "batches" INT NOT NULL,
    "batches_done" INT NOT NULL,
    "created_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "notification_broadcast"."status" IS 'queued: queued\nsending: sending\ndone: done';
COMMENT ON TABLE "notification_broadcast" IS 'A policy update for every owner of the chosen estates, sent by queue jobs per batch.';
        CREATE TABLE IF NOT EXISTS "guide" (
    "id" UUID NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "key" VARCHAR(60) NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "markdown" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "summary" VARCHAR(200) NOT NULL,
    "steps" JSONB NOT NULL,
    "condition" VARCHAR(40) NOT NULL,
    "position" INT NOT NULL,
    "published" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_guide_kind_d8b760" UNIQUE ("kind", "key")
);
COMMENT ON COLUMN "guide"."kind" IS 'application_type: application_type\nproblem: problem\nfaq: faq\nrisk_notice: risk_notice';
COMMENT ON TABLE "guide" IS 'Plain-language text staff edit in Markdown (政策解读通俗化, 风险提示前置化); `html` is the';
        CREATE TABLE IF NOT EXISTS "notification_message" (
    "id" UUID NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL,
    "title" VARCHAR(80) NOT NULL,
    "body" TEXT NOT NULL,
    "urgent" BOOL NOT NULL,
    "link" VARCHAR(200) NOT NULL,
    "params" JSONB NOT NULL,
    "dedupe_key" VARCHAR(160) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "read_at" TIMESTAMPTZ,
    "application_id" UUID REFERENCES "application" ("id") ON DELETE SET NULL,
    "recipient_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_notificatio_recipie_cdda6d" ON "notification_message" ("recipient_id", "read_at");
CREATE INDEX IF NOT EXISTS "idx_notificatio_recipie_35bdc2" ON "notification_message" ("recipient_id", "created_at");
COMMENT ON COLUMN "notification_message"."kind" IS 'accepted: accepted\nsupplement_required: supplement_required\nstep_done: step_done\nregistered: registered\ncertificate_issued: certificate_issued\ndelivered: delivered\nreturned: returned\nrejected: rejected\ndeferral_due: deferral_due\nsignature_requested: signature_requested\nsla_warning: sla_warning\nsla_overdue: sla_overdue\npolicy_update: policy_update\nrisk_notice: risk_notice';
COMMENT ON TABLE "notification_message" IS 'One inbox message for one person. `dedupe_key` makes \"one event → one message\" a';
        CREATE TABLE IF NOT EXISTS "notification_delivery" (
    "id" UUID NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "template" VARCHAR(24) NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "attempts" INT NOT NULL,
    "not_before" TIMESTAMPTZ,
    "claimed_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "provider_ref" VARCHAR(80) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "message_id" UUID NOT NULL REFERENCES "notification_message" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_message_f5188c" UNIQUE ("message_id", "channel")
);
COMMENT ON COLUMN "notification_delivery"."channel" IS 'wechat: wechat\nsms: sms';
COMMENT ON COLUMN "notification_delivery"."status" IS 'pending: pending\nsending: sending\nsent: sent\nskipped: skipped\nfailed: failed';
COMMENT ON TABLE "notification_delivery" IS 'A message on one outside channel: at most one per (message, channel).';
        CREATE TABLE IF NOT EXISTS "notification_preference" (
    "id" UUID NOT NULL PRIMARY KEY,
    "wechat" BOOL NOT NULL,
    "sms" BOOL NOT NULL,
    "quiet_hours" VARCHAR(11),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "user_id" UUID NOT NULL UNIQUE REFERENCES "user_account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "notification_preference" IS 'A person''s channels and quiet hours; no row means the defaults (both channels on,';
        CREATE TABLE IF NOT EXISTS "notification_consent" (
    "id" UUID NOT NULL PRIMARY KEY,
    "template" VARCHAR(24) NOT NULL,
    "remaining" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_user_id_4a51a3" UNIQUE ("user_id", "template")
);
COMMENT ON TABLE "notification_consent" IS 'One-time subscription consents (一次性订阅) the owner gave in the mini-program popup.';
        CREATE TABLE IF NOT EXISTS "feedback_target" (
    "id" UUID NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "kind" VARCHAR(10) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "scope_path" VARCHAR(400) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "community_id" UUID REFERENCES "community" ("id") ON DELETE RESTRICT,
    "organisation_id" UUID REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "staff_id" UUID REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    "application_id" UUID UNIQUE REFERENCES "application" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_feedback_ta_scope_p_b4da04" ON "feedback_target" ("scope_path");
COMMENT ON COLUMN "feedback_target"."kind" IS 'window: window\nstaff: staff\nstation: station\nreceipt: receipt';
COMMENT ON TABLE "feedback_target" IS 'What a QR code points at. `code` is the short random path segment of its URL.';
        CREATE TABLE IF NOT EXISTS "feedback_rating" (
    "id" UUID NOT NULL PRIMARY KEY,
    "level" INT NOT NULL,
    "indicators" JSONB NOT NULL,
    "comment" TEXT NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "source" VARCHAR(12) NOT NULL,
    "device_hash" VARCHAR(64),
    "visit_key" VARCHAR(200) NOT NULL UNIQUE,
    "voided" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "target_id" UUID NOT NULL REFERENCES "feedback_target" ("id") ON DELETE RESTRICT,
    "user_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_feedback_ra_created_2526ed" ON "feedback_rating" ("created_at");
COMMENT ON COLUMN "feedback_rating"."channel" IS 'onsite: onsite\nonline: online';
COMMENT ON COLUMN "feedback_rating"."source" IS 'mini_program: mini_program\nh5: h5';
        CREATE TABLE IF NOT EXISTS "feedback_case" (
    "id" UUID NOT NULL PRIMARY KEY,
    "status" VARCHAR(10) NOT NULL,
    "scope_path" VARCHAR(400) NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "visited_at" TIMESTAMPTZ,
    "visit_note" TEXT NOT NULL,
    "rectified_at" TIMESTAMPTZ,
    "rectification_note" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "rating_id" UUID NOT NULL UNIQUE REFERENCES "feedback_rating" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_feedback_ca_scope_p_b33639" ON "feedback_case" ("scope_path");
COMMENT ON COLUMN "feedback_case"."status" IS 'open: open\nvisited: visited\nrectified: rectified\nappealed: appealed\nvoided: voided';
COMMENT ON TABLE "feedback_case" IS '差评整改: every 差评 opens one, due in working days; owners see its status.';
        CREATE TABLE IF NOT EXISTS "feedback_appeal" (
    "id" UUID NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "decision_note" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "appellant_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    "case_id" UUID NOT NULL REFERENCES "feedback_case" ("id") ON DELETE CASCADE,
    "decided_by_id" UUID REFERENCES "user_account" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "feedback_appeal"."status" IS 'pending: pending\nupheld: upheld\nrejected: rejected';
COMMENT ON TABLE "feedback_appeal" IS '申诉复核: the rated staff member (or their window''s clerk) says a 差评 is malicious or';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "feedback_rating";
        DROP TABLE IF EXISTS "feedback_case";
        DROP TABLE IF EXISTS "notification_broadcast";
        DROP TABLE IF EXISTS "feedback_appeal";
        DROP TABLE IF EXISTS "notification_delivery";
        DROP TABLE IF EXISTS "guide";
        DROP TABLE IF EXISTS "notification_message";
        DROP TABLE IF EXISTS "feedback_target";
        DROP TABLE IF EXISTS "notification_consent";
        DROP TABLE IF EXISTS "notification_preference";"""


MODELS_STATE = (
    "eJztfXtz2ziW71dBuepWJ7XqlC1bsqO+dauSdLrHO0k7mzjTWzucoiESsjCmQDZB2tHM9n"
    "e/APgQHyBFUJRMMfjHpkgcUPrhdd7n3ycr10YOfXXj30OCKQywS05m4N8nBK4Qu5A+H4ET"
    "6Hmbp/xGAOeOIHCLLec08KEVsGcL6FDEbtmIWj724neR0HH4TddiDTG539wKCf4jRGbg3q"
    "NgiXz24O//YLcxsdE3RJOP3oO5wMixc18b2/zd4r4ZrD1x7+vX659/ES356+am5Trhimxa"
    "e+tg6ZK0eRhi+xWn4c/uEUE+DJCd+Rn8W8a/OrkVfWN2I/BDlH5Ve3PDRgsYOhyMk/+7CI"
    "nFMQDiTfzPxf+Lv1qmmWn+dnNrfnl/a5onCthZLuG4YxJwoP79Z9TvBhBx94S/4N1f3nx+"
    "cT59KSBwaXDvi4cCrpM/BSEMYEQqQN+gLP6XcH63hL4c56R9AWn2RdtgnNzYgLyZYAl8CU"
    "B7gPRkBb+ZDiL3wZJ9PDs9rcH4b28+C5hZK4Gzy1ZEtFx+ix+No2cc7w2+DnpEjhzg9yRc"
    "CZCv2ZeCxEIlsFPiPqN9YuFgPQP8r0FszCG3ghlIrgyOOELsTvT/pNXINBqYmnEpDouNPO"
    "gHK0SCtmOT76HVAMUbyr7Hx3MgIQzsGUiuDLJ0QypuxRcGCeA39o3gN4P46J6PHRvT5IqN"
    "Yeg/InYn+m8QCz9ix4SLBcQ+5YOf+dhmhMdNRnhcPcLj0ghTy/WQ6UHWvcL2lqfa17IrnS"
    "QH2+MuGu1xFzV73EV5j7N8xOEwoWQx/cyeBHiF5HDnKQtw2zHpq+SiP3tec/TZD7RviLOO"
    "R70G/Nvrj++/3L75+Im/bkXpH47A783te/5kLO6uC3dfTAvjlHYCfr++/QvgH8H/3Pz2vs"
    "gZpO1u/+eEfycYBq5J3CcT2pkJmtxNUMuNOtv+2OZnqrFpOaIduLXDbJ0H4M04+7t4kLJm"
    "EVZldH9xfYTvyV/RunRCFRCt4PyPEtvN3c1X9OFTKjjkpxYDgf10FAgYPrOp/vn63e2JQH"
    "sOrYcn6NtmBezWEjs266oM/NuY8pe/fkZOiub3hHluAwgpig779ih9ZV0MFB3LXa3YFw4w"
    "2hGjd3FH6yM8/hohxbnSHTH6GVO2t0LnE+tqqDDRAHk7wvTG83z3ETpfWFcDXXYMCi7h7A"
    "jUFwf+HnU0UJgWCNn8IDQD6N+jYEe4fol7uxWdDQgyzi+4YzfDJ+Q4iPKj1XhVvAMJvBc/"
    "ib+bvykG7ZOPH6G1fsdeisQbSxrbQotRnc7Wi9qK35A03qa2PbldIuA+sZH6gYKYEAQuCN"
    "htj53tLoHOj5gsXH8lJgAgboAtBF4Y4fnpKTTCCzQWf+f87wKdGeH0dLrg17bNrsfwgv21"
    "7IloPzfCy/nYMsLJ+QVrOZna7M70cnr2csTfVtQa9OrLGSTu/ZG9mb3sJ/CEg6XN+E/o8D"
    "dmaS/Q64uYFmAKfGS5vo3sEf+CIGJK2YeQBNgRPwZalss+gXsX0VcnI60z74VcNqrTmYu5"
    "YMZzQUl7XqLss2a3pY7pfNxAxXQ+rtQw8Ud5BdO9D0k7BVOeUiuYjknBlGyxpMW4F2k7GP"
    "l+8ix9H+gEk9qR5poERUVihqTLA6y/g9pejxjGSpYdtYgNdTU9hXSr+jAzoXLKw3dvvrx7"
    "8/P7Ot3hPqUEgbpENkhGo1oiED8oZi4biQPai+NoOVLfdSq8OLYbshPaPnOiJ0IQnEXyoE"
    "HYEeU/zID4Z5CNJd700SNGT7yl5KZBPN9lwlywNqPlxpoV7/DeHpHDbzI6j/eT+cjt4Ozy"
    "EVPX57bw5Nog0F5hMgPiXyv790UT+/dFtf37ouThgKnnwLWp6uBTpOvztOiTow/fblWxzt"
    "J04kGyfbc7GMjTJjN6Wj2jp6UZ7UFKn1x2oC4hVXLqKBH22FunJdrjRlN6XDOlx+Up/YSs"
    "JQxMtvsR2TFeDXiJUE/ubZM7howiyjVD5gNam4hYZdBv0begFnRJD0OY7nXi7vv/vs1Jug"
    "nOLz6++e+XOWn3w81vvybNM+Py7sPN28J4+Ag64gxUHYYSoUZfHX1sm4xvnTOuSxH9EqFG"
    "fxf0VU/aMuWe8B/S1u8xgJS3mRyRnuTqkzwCUJmVzFHpyb11ci8gdpBtOu49ljn5XJOK+V"
    "2iK2CNSRM/g1Zy6Om+oL7n3+DH8dnF5cXV+fTiasQjPNit9M5lDfrXv90WQ0tc64FBJCzJ"
    "qvaRIq22j/TZPoKpCa0AP0qUC29d10GQVBzHWbrCEM8Z4b5WULKBHXZY397cfMiN6Nvr4j"
    "nw9ePb959fnImhZI1wpOIvLy0d0VC9iw3X4Bw757QY9Tyl3kz7vJlmo5sVjc4SUh3DUmt7"
    "LoaS60iWBqZoyTTbJZ4l8p3c0cW37It6ZOdWI7doHg27a7zGX3gfN9xQOVSUoOc52BIw7B"
    "6QkPQ0nOWcw+o/OgPo/WOzhXeMKNnIwrST6TT0+JbQc1xoM1ZzgZ1dd6qPDBofQ+cX7Byj"
    "JKKAV2IV2zVcUXT2JeprqIjNffYbLUh35RjeJv0MdCUiG3OR755x/LsuxF95HwOFacVWC7"
    "zfeauKehnqmqPhPO3c7IZh/5LpcuBcO+NHEXR25x1YJ8OGyOyOz2qG1TFuWDo0Vhky9nN2"
    "j7n+LDoZKELsfCcBDtZdrcDruL93S2Q9DB0zi//IAwN2lLs8xfcEBqGPTPTI0bNkBkMVHi"
    "Lp732muwHONI4b68TkIQM752v5EnX2ifU12JQtCWA+Yt+ZSYpmbPbsBLnPUadDwk4pQiwf"
    "aL6I1X+m56MF8usX9Q1Bty7700Sfn+1tIGtaMbbuTchE+EitKomwyzwd1cXZQd6ObbhNs2"
    "5U/8wdwuwo+kMyK/B9pX9VTNCNV9XzeuZHblWvx+Pz88vx6fn0anJxeTm5Ok39q8qP6hyt"
    "3l7/yh1CRln7dOIhUh2Bp+4zMFgPkSE5C7CF7MpD06t9RLM0Q/DMLWT3mDbJ7lEcs0x2j2"
    "nRRTTCqzqEtQ7lnYJXe41z9xGh0JJ7YdRiPNw0Nd37OrvzfyIriEBSQLlANrypfNEs53RN"
    "yukKpNX25RzR8FDufj5jTwXeqPXwcL2YNJm9k+rZOyniGkvNitM3TzU8nLufvzYKIJbZhf"
    "7zy81vVY68KUmRM8dWAP4XOHh/molMJpJ5iJ0AE/qKv/Y5kpFwiHJMeinmqhheVeC+eQel"
    "mCsfPaqHXGWJNB/SYN6rIqzB3QJuycH5eXJBCY3UXxDMq35KD0fbtVXLpF1vckJVKqqkx9"
    "0R66l2DP+r1kA9rwrwuVf9AZWAeqMd+kb7u+s/2HB984h8n3vmSbbbYpPaTfcpamy62dZb"
    "s3PfEAS4Ghg8LV3K/rJO2Hj8yDoCNIBBSAEkUcYxXqQLBq4PKArAfA2WkNgilXQuofaO/R"
    "nEIO9JgHxkg4XvrkTy6i8B7/Cdy/hW7IBfxQx2wM1igS30AwVrBH1nnUnNPZkubPZ3DM+M"
    "8PV0OubXrxH7ezYVCbSvJvz68pyn0b5i96/GV7zN6cWlEU4niD+dX71m1+ev2f3L6dUF6+"
    "f0DLLrSzR5afB84OKtVHy9O2uJCaLIgmyi2tC/Ax6bIGzQge0iKjJyPxD3iVEEI8AoAxdY"
    "ru8jxupDwIHBAfvxFDz5LrlnCLwBPmv9xBhzwMcySkYe9fgTA4u9cA7Jv5ZsUbzi9T9c8i"
    "oeenqnU3v3JVyt7hDl60NuyKmQF+P2dWaco+NUaqDlRpmiloia8SSXsB9botMzhAcMT38e"
    "6DoMT9dFW/eoW9ax/9XQDyv2vyfc5tsQO3YEe4nNTJ/V8pfzbKtORfq/p3XMxCYdJfc6+Y"
    "dmWvrEtMSjonIgpBQDPBK6ryWcrgHFfBFFOl2poD5bRG6v2TFVxBDLJo4KiSKK80u1cMEe"
    "Eh8MCO29Vn/bTE/JqZ+bu9XHfm659EeVrw/4zg94Le/tNdE5ExPYYEi2vxrXuA3JAFE+b4"
    "TyeQ3K52WUqeV6yPRgoGQzyVPtC+vnS7l60QjqixqoL8pQC4HQ5HpwBUtrnmhIZsHuUq5C"
    "YptRSJx8Dm8vt1Poos+bR1I9cQbiC4NAx3EtKO6llwZhv85BItHoDGyuiwaoJqvhrEntyL"
    "Pq2pFnpdqRWp1XDf2w1Hl517+kbJMah1qk0+kdC47XfUme2be11A28xXJkihBXkOtJ3OMc"
    "pT2dyB0mKZXuy91o+DxImuj3+jmLt0JcPIwa4FvcATTM22Gu2DV3SLmb2ON2zaCXMesNZB"
    "cpTlb27Vc7ZyYWvQwVJJ2OSj07CYEeXbq7YvWee0WiL3FnQ5pfLdOReA6UMEjquUd+xpRx"
    "aND5FPc3kCmobgES56rc/pMcubXWn7SRtv1o24+2/bSy/Tywn9ZWl5vQ9hnrjRSRKWbepB"
    "R6G/XtHlxvfJ5nmWFuK62CAtnwoqXPrpooyq+qFeVXivE2ZRl+x2xvKg46PRuKRlxocvBr"
    "kA7oVpNjLSWcVZH1rGav7LilmXC92wO2eNDS6akRTqzTBQ9mOofJnelkzoOWri6uZmDpPv"
    "FAKySkix8oSKRg8IQdB8wRoK7ziOwRD7x6Wror1thmF4iUI7oO8ULNIPacQaThagV9ictk"
    "dfHgDEmfWZcugN1L7eDQs1valPOU2qbcF5tyglHGqFzOco7YiUAoZsAr2uXKlNryeQQu9n"
    "0Nwmxv6sxMRG3pbGofKq/eHUxDK162K3DJzgVxkn4GBLxEMmgUG5Jong8RGdKHPWEfcSE7"
    "SV1R5IdE3EpDQqrlrGXapOPAxWxQJAeD//ddd6WjF/slvyRj01S1l7QfhORSUOo1UZ+eVa"
    "tPz0rqUzHhFcBN2mtwG4DLXid2LBMyoUciCSILr3h1TTnfWqAtyoIR8au4kyNEvy6LyPt3"
    "1x/ffHjxejQu5LrIZmzIg71CkIY+F53VwS7R7gx2P3WtXWGdHJ2KsliBTMu49cJYlkHZUR"
    "IboKdYkactTK72oc4uL82ua7z3tMb70YC1TytWZnpVCVXp5NsiWZlu2nCr/er3pQtYcwpe"
    "uD6Yu+H9MngJIBD9/MRNSKIvnueOApc46+gJFTmxkQ2Y5IXKNqquOpXKeKnwGP1KLdn1Sr"
    "KjTMxApod8K66N1TAQtUR3uFjUs9PTfQkjHYeiRqtbbSJnaTR3Vgxt41uIakxbhkYDWs/u"
    "pnv1jrzu0NLMFBnd7CKVc7mlWdsBql/poHjZIqjZhaoqOuyT09uYcSSMXs7G08BTaZVrr3"
    "3CB8tYBThQK5aXEgxQr7sXr3CbzX/lXNAZmq7zQfdjm5XqF8sZoW22BbXwjcqQdeAYdTwa"
    "2p77QYlb+bhNl2J5sHylSJclOZw0dyyyHHcxVk31sCHRgke94CEPW1TmkBWjFnsK7fZo+M"
    "3E6hOjnER5S9jkTAB4g1yZppdpvlUl+kbUByHAZS35VisqhCA/wItYpQ14wZHUu56XOKl0"
    "yb+ankcu+S/LWtI9vkdz8z3Ynuq4+cFHIPIthQjTHeFBy3xHmQHJTYOI5Hhcng15k+wng3"
    "DbPfu0WCAfMShmoHDDIJt8KStMKes7E/GY3DKSt/G0NWmz8j2DuHy1zID4V1yvjeSSzgt4"
    "Z2EtzZfqaI8C2eGmyskzrMO9xHtE5bHartEN9QGhZ3OeKMIvaNiEZ38NtjL5Qcl3MToDmQ"
    "8GYX9FvNgMJFdtVodO9KiDcrpI9JjMwRbDXiDVOoc+6xz6GB/U3+HVJTh6HGpxuHrRGc8r"
    "idxccMyqqRldaLhPy1Li08Nu/z15MQP/H1pGfd4sRM9eYup5a3fvWbIbvApggX0amD66j0"
    "oLs7us49I9g8dEEMoE+kJT6W0hys8x4aJIctVGFDlvIoqcV4si5yVRpO/yYnmLsn24CFTl"
    "RUE0A+KfQWg4X+FAlAZIL3meKcQG7RGjJ55hKrnmrdnejlaI8BnwR4j9iK500yDQspAXVR"
    "yIr7imx4N+EDeMOi/d4pKqmCzrtE3hRtIC+ZE0m1yziZWqXpGJKQ3FFCvd49/DwY8ReXrJ"
    "ew1Cn0R9RlcGecLBkgH1xCZzeslb/hNZQdQyuuqHpkmXajlYqZY0EMzzsSXzN2gURZYSf4"
    "eRTWcXCqFNS3eFGIChkkNynuiA3sj7mtYd26/ZLHMgj6/DthnxfSYilpqOuqqHIaTuO7S+"
    "WlhGkO+7jGHirJLiriIj/w73lUuFbUVAxl7BeNpVK2WktAOtkuy1SlIbHL5Dg0Mq27QY9y"
    "KtXt99Xt+JuNlmN8+T6nHu8zhzv+0W3sqhdlY+htFdYILpstUqLpDqce7zOD+5/oMN19QM"
    "4ANScU0vE7YS8Hs2tF2L+I/Ip2ou/xkK7fFfhDO1bCq6MxTpdGlHHRWvg7j75xZSGcQtL9"
    "u4cXTYHdqGkdz9XP5bgS1ugDuk4kWPiOxaIy7jQ/P+Ee3vXHsG5HMTdMV+j4+h0x1cH+Me"
    "h4oYDZC3O1q++widL6yrocLEjx/TWiLrYdcyoKyjd7yfW0gfhooWA4PsXlf2iwN/jzoaKk"
    "4LngljN5CS/ekX7AyJUSkKdTa2dj0DP/nos/Cn+VvU3VDRCj3HhfaOYH0VnXxBNJGNh8Gm"
    "5ZkF9uvg/c4LMOploBhRxtPz6Efu54borkvwS9Tb56izAUGm5B6fjQqyEPsWcc3samyb1y"
    "webOHs9jEFkcBTH1iQCkWNogtMlDbfGpnPevbXkWOwyCwiqtZxtxS+sY4AJsD1bR7AGyxR"
    "lGP0Bwq4mt7BBAFMATdRg4XvrioSl+7jBU3iH7LRFmphD2/xfaU2Vqrekihi42nbX0/8SB"
    "H7ejw+P78cn55PryYXl5eTq9NUI1t+VKeafXv9K9fOjrJmi0RdWx0O0cIirF09emVTauLq"
    "AS15qH21B/SGos/RGK3dnxt5P9c4Pxe95vjmaNYFS1TYZfNkQ/AQ3bdDP5vl6jjniDTK21"
    "Fmy5/7zLpqyRnzVBrn7TgTV5aZsdq7PGmvU58ou5LbKIBYpvb/zy83v1X58qckRX4HWwH4"
    "X5Haf2/Ab4JtecWQABP6ir/2OeJtOUT1A1LEvsDD8A5Kvv1it1D0GsjQaI8BqSeGED9b+W"
    "JkKLX3QL33QCGRwI6G7mEWlhnJDd6ZWbY9KbxY79qVYBuymV0xhyn7AuC3rx8+NKwnFQZz"
    "99tu+luhJrtJOxrIVM7NSRyg1a5a7jQ8/DqIEngOBagDZYFJfS7qlbZZ14xmettVlmKr6v"
    "aGICBM/pwRBHxiAHcBXHY30ydPF+A+YhvZIxDnZBwBNiLI95ENXB/4yHOgheyy5nYP/Uur"
    "TxWOszhlgUhBYDG8dDmqfuWwKY1PCfOaurgSWq3ia6DiE+mK5Ug3y4RyaME93gsUp/ZJmk"
    "o2zR+bbC+bjYbnC4n2l1m604gkNissEpeINDbxdXFTazJ63efUTL6lGZIAO3KbR5USoEi5"
    "Y0mMfjKZ0vjxckUMd86zu0jly+o9J0c0PLXgtIlacFqtFpyW1ILJOmsR6lUg1aFefQ710i"
    "obrbLpk/g2aqmyqdYuHEgevI1Gp04WFE1GTeXAIGndpLAGG0Uul2XohYsNDigQzvM/icuM"
    "IEfBXSKaft7w43fAd5+otKRG92/YoZhGtcixnRHuVuTYhwPPd5HhsSY/KlwpyZNJ+wHKkN"
    "MmMuS0WoaclovxHVndi2di4/ZT+UIaxVRt/E0JDm/6fR7YOzPylpiwJsaHjF6qo3iXzLl3"
    "vAN1cA37Jk5Pzk7l4vhqeSnR0qRJ005zrZdU1iJ3dFFN/Xc2Y+8hwbSND7JWW+vyYIqcY1"
    "oJTDDimcpg4jNPFe0/onXyNPuJcZOM84gfpJcGYYNuJ7c319sTQrfhLcfNqg/XFB8usztJ"
    "Juu2w57v4SgGfzPsBuHJE8St+EIMsxjgzRBuxi6ZIMnUYEIDfsSOCRcLyOQPJjlkP/ZjiP"
    "ueIF5iF3mCOGhhF4nJZiC+4PncA/zIy/eJ/+yzOPNEfvf4qqu86GdNxu2setzOZOPmt0z9"
    "mKPU+uU+65d1QsAhj65OCPh9jLPrsdFS0xhlSHSogHrWeW2W25+bOg885vbpuWoBxBKhDg"
    "Ao+GZklB2K2EpINbranNyDCICcBm93oG8K3R3lTN4KtGQ5N8jduNlgOwB62BEXpbNoh+yN"
    "OhXa8xg7sqEqEltHIZKl2tQhUr2Ym+CZZmEDcBEg/8fITRYsIbEd5AMaYMcB7hOyQeAKP3"
    "/ROXjBM7MIx4IoLwNkjcT7XspjBrrq3CAG+d3nhT4ImK/BHc8wvnDcp1c+slzfvuO5YwrU"
    "7DMMQPSciofiLSNAXcC+DPqGaUDZ2521QfAiap0lj740/QlEy8mWvYLdelpiaykexD/vBw"
    "r4twOYGsRmP068kD8Xd5ds+BDh77XQK3AH2S9aeQG9A+wd0bekTwh57CN8ZPClmImv98Ce"
    "sF4XEDsMYw4eJ7ARtH9k5AxpEPncsMnLE+W4C14t0V/ztuwXL9jO+Yj86uCLNFVQ/NLdoi"
    "106hz+7BCpc5LhKg1BtbNMhqTPtoyW/jJnjcwLZzX2hbOygeG4alMddBUMOF9RvD+Xh7xy"
    "b8uS6CoNxSoNEY+iel5kqQ6H6SAOjhrNQXred6czGFrG9qK4lZ2IffJAl7maSUSJCo+0ap"
    "EiiUI2/QLF/pyoUo93HfDbP88p1SBfHdirENirPd6fy+O9GuNn83jfmw2zEMdx2gRp1qo6"
    "kuO0LCoxDkLC4LmugyCp2ih82VyeM5p9IZxs0IfdfN/e3HzICT9vr4uG4K8f375n4mmhUn"
    "aZl96EtpvQcbg+TRl0WQcHHIL0ztGOwcL1GY+kFM+RIdERHTuk7WPPsXw7r5QjsyRaNq+o"
    "oJgy4ZXJFbb701Z0NUBOpZtAyGb2/VQ06k5gT4KRj2wM2hj6M/OwT6J7vsqWRGgvleGqFt"
    "c3pb/MIGm81QhohJOLC2iEl5doYoTT8eXCCK/mC3ZnMj6fzgDM5NBJU3ixu4lu4Cd2HQV7"
    "ID+K/Kbc3CRMfxweSSD5YV6539IQWrmgs4kNQOlwXGatw0I/XLsWd0xoE5CxIdOe+r321A"
    "8DdoIq7aAZksFpucaNtFzjGi3XuKzl0s752sn5WGSf/ok9GTdRicyTdyKtFnioA82nTMPt"
    "SbIIcHmN1hCBmA68MMLXV1cXXAKZTl9yNznhk8jzRUTZrNIKdJGbIqbAxtSDARM8hAdj7E"
    "wlS5i177dJjalJpguH9eBIclFomac/Mk80RtJjeruWLSXus6STuJXPkiVgkHhNzJLFUVw3"
    "jXz8Oo9EZ2+irQShHKGWg/rCKDfy79M8nA4DPE50+SmviGqGRE/WeoEj4aF2lzRyecqOE9"
    "qtokZmYjUopaRlOR2w2legmwesPpPYnC/YJBOdSyWdasTntK2Jk8aNggbZrsa6EEWAINj0"
    "ArgZBtGAS7lXV1Nu25tPz1/y2j/cYBeEPhEC8OnpqRFeoMX05QxAxxEeL9zAF0RxcSU5+j"
    "CvbGIvjHzmtdSsLYV92+H2bSiM158K1BmSPmsoWkI8aWRUmNQYFSZlo4KOj9LxUT0cj6HE"
    "R/2CBbyVgVHieS3LlEZELZKmjRim0HNcaDOGg5ONACKWv/YyWQWiylSABmxygZANsg/u0m"
    "pVd+AF4aH7jKPh5Py7V+Rb2M9runOkeqaqXS3YpMOFunRUtKvn3FLfdrR9s0vVOcblQB9D"
    "XvGW4F41wPaqEtqrUsZg/C9ZdFENe5RQaNZIiTXKgb6E48lUZUJvKAY4pbuvtMiN/A5cm6"
    "pBoEW6AYI9nkyaeG9NJtXeW/xZHu9gGa7mBGJHkRkp0g1PddD93NY+xtXQD9e2boW+LxWg"
    "62NSN1Q6Frh5HKp2ZNijqT2RqtVTRZcpNbja07cP1uHMzOwA54ZJdo8V4PIy7pVR+JOPPo"
    "toyL8hn+cQOJFFkRbbjGoDSX0UxVeaj5nmWzWdt0sEOE+wYnPRAqyTH6NefqAg7ge4RPg7"
    "J2pUbs4V/s/hfIUpZf2MwAPygihLa6m2VPdv4NWTGM8BrTWwIAFzRoggDX1uG76HPJWqUJ"
    "yy89h/YC/h+ZZ5H+BFAP17FAAjHI+nE/D6CvyfEchoy8BF17pTbVr+bkzLfdsn960sfSaz"
    "wHcmhme28jbRBhnyPk/qE/dhBtwHg/BwgyjoIKl+l9S+K54qz6DEXrAfLc+1X5M4KENz+M"
    "xBmc19HmInYEfjK/6+59jf95JPSGupqpfCgLVUnLEzIesRyQpf1KqqCqTt9FU9O4S0uqqf"
    "4GuNSh81Ks8j738V6ogvSEizJxJhP99gVCfpR6oNk2babg+iZnwUDVe8i9jjiInDIQVnr0"
    "4BT+T5ciZk5vk6QJSL2QvoA+ijyO2IydU045jEy2rLIqc7fwUvIXMdMAHfcRkPxSOp0Tf2"
    "K5210A5E0vwMQAIyY88EfpFdKiqrEqAVeHGXeXzHmtsGuSvKfXeR+zkB2Ga3cLCOeuE6Cn"
    "bHZZ0kD6JkXXdNVQVKuoFqyUl7Uh2zJ1XPGIZ96wa0Y8RhHSPi3suscI2D1YZGu1i1drFy"
    "FwuKZObyGuA3NINJZ3tg1A/qp9nrrbtjDZfgulTUWymB1m11rttiUl1QcXpuV/ymxAfMC+"
    "cjC+HHOK2TivY3JeTK3vjSIJa78rjwNgPJVVRGEdn87fx/G51w9zlotCGkjLL2R9Sa3i40"
    "veibx+Qv2mLU85QDHPUjGeUEk9phfkQ+lao6K5noDMVguOi9FIV4Rk19z06obvxK81pARX"
    "ilxBrhAj/1xH6zau6xDI22LdXblgRWHViVBu4/mp1S/U6Q1c9dYC8e0PkNtAOkr+MO3yX9"
    "DRNr6cHTJ/PoW9+FtgWp1A9683BUZxYlboAXyYya52gamEc9l83GNQg9LhOIHM88r8IaiH"
    "2AOyQLl+KlSxEBSKhX6AhQ7jU8XwM2GUIE/unOKfBY6zlP/SwzkO7nJR0bIbWDctcOymzp"
    "OUqGsJRggBawqyYauKtqDdxVSQO3gv6DzZZQGeFb9K1CgMzSDALkOn3A+/++rVdPp+qADz"
    "e//Zo0L+qs86Avg5UkCXo14El7DXYLsHlpNfbbAx7KpGSgKRHq8qXa3VgroZWU0JwPCyWr"
    "rrklLpQtvX2a4gSrmMzCxna4iGoWMZq2QRjjaQurXHxhEF5MbAb43za2t46t1T6ysIcRkZ"
    "msKxXHeSKtOy7qjoVUIXOrr0Q0Q6HhrIDTTJaMGqYpmQa2CGxyoCqndygRav17rbp4g9fh"
    "dMb9xHWrlq00tXIaNvYtwG9fP3x4LhXbz8jBXNl0ItGwpc9GjRVsdpakgX5thShlXywJ9X"
    "fDgGKbK7sgIciZ8azuKzYxxUOu3noRE4ySJpL0qZ31Kq3JFjflz+PGpcJsWq/2rHq1ZFha"
    "suYZ8j5rJU6eEPumwQxE/xlfvqKMJ1+VMm08Aw8eoJXnVPopVig3MzR9xr2th38T37dxte"
    "/buOT7doQCqBdJjKoSqJdInF4icZZlUG4OER/5SnjAnsdF1viiCw/RjlcIDPh8V5JRsySa"
    "8y9y/owLMedowVhPVSVcnlJXQ++zS6DlQDYGrVStOUo9yn0e5QUmmC5bDXOBVI9zn8eZV1"
    "Rkcplv+mihwioW6Q7IwexLEtq3MZwdckrceNJ+cNCOG9V6GtfUehqXaz1pC2A1+sO1AMaa"
    "IEVNc55KuyXX65kz2rYdlcwfNz0dJ7BbFc35mdUnP85f2bRGJxINc/RgVKdevk+bbFUnf2"
    "I8PvnRgeQ+5NrfAH3jBbLgYgGQjQNeOetj7N/FC4lOJ+cLI7ycT6ZGePUanbO/88WcFxg9"
    "g0Z4sbAvjXByfjYdAXbvykLs73T6mtGd26eM7vU5azUZX9jsejFFUduXP4E77tJ0BzDlXp"
    "sl3XT/vqJBKCQ4wBTZwEe8kBj7qiOwgrbQn1P4yJCmLmAcwZI9ASFrv0CcWFQYo8h/RHa1"
    "ujyJsn9Aa60n75eevDphwnb14TEUucrFEvBvOAPFOwaJK5vOkqrEXFf4B3//HwbxMX0wuX"
    "nLYqSZD230h+NmbGcN11mqS4YktteadBdR8z4PWEuWftoE2mk1tNMStNozO5cboVlyhLrs"
    "CNo5uw/+wto5+4Bg03DFJqzSFp0h0XqXJnoXGiBPyfE9JdCZieonfBs3eJcwEUYa6lo95X"
    "NEB5z00HmCa3qYqd99JkU2FBVIV1qPsyTaely0Hnvh3BF2ozKitYnDc3S6yl3ztOFRrGsb"
    "jXmeUmvM+6Ixl1j84m9fHvUW1fcKhNo9u1ZtvsGrA835sN2zS1OrV+7ZidVCojvPGDQaOm"
    "dnjCnblek3BAFM5u631JuaJyaIPaapS16BOxvZoYfMB7S+Ayv4gCgwTngD9MhzExjh+Oz1"
    "OKrgFvVgnABY0ojv6T0G4XrPOaQI+KHDVX9gCYnt8IQKPkjzQET5EkCwhAFrRygInrCFeA"
    "E5hhxgOxujo4hzqfwFjevApfFknIDv5/y4Yq0KTzLWX10tTivD96sMtyzEiyiwlRBfGYSG"
    "nudEiezjpPbcabZ8k7VkgrMZxXmml7wY1z2TYJEg21wbDCM/3naQiSkV4aPle2yJRtEi/H"
    "F6yXsNQp9EfUZXSdmv6F50xakXyPehY9ohDz/NfGLfl51wkBEj8RsQFaSSm6ylA01eWixy"
    "J958iJ64vFYa7z7zwSBRwhYzOjpmIPexY7NB527jWre9V0eruWtLeK5qHWvSfhDgHlrHGv"
    "r36nXpN0QHFNjTO0crsTuYSFKrVW8bSXutyW6iyfagD1eqSfZjin7osvlrB6PL3kgcKlM+"
    "TzW4qkxnjQztZzWW9rOyqV27zlajf5yKwCaus4lIrDjkGTId2dEfPW95fHWu8a41F5IER4"
    "rIFum063m9Dj2nqTuMCr2nuG7VoRenls6MvQeQt2TGbmKpyDK4Qt2GpaWyY9pf/voZObDC"
    "aUCSImYgk/vPfdpzPvlcTYn4bJaYdDJPR42tOl6eqElSa2FYESVxRaoTyqvfgj9CjAKwdE"
    "Of/gSIC3z3CawQJCJKAMTwU/Bi7gbLDaVLRiWTTudvMAhvwEMNsIVYr5mO9lJwV5tXujav"
    "RElqFDV1GyLtWtNcUUdleqRanKlUj6RBrgFZ7ECm2IFUNEQFsuGV+Ds7a6IiOqvWEJ0VFU"
    "TaU6wa+uNUEDXyFKPK1Z4yJIc9n49DsFXxX8qPQ3kQbgi6ddmfPUu/fYB+u/8Y3VIQqjvh"
    "4Us4T3/KO1ekPDuRSBGyZs3FCStD0cRJ7Ee+eQKaeSeIu6A8hPkCnZ4a4XQ+PmN/T8eXPI"
    "QZjnmg8unkpeD7oyo39/CR+4GJOytM8I+e7977cAU81wu9cpLPg73ZIAb5Hb3jDmLQcdwn"
    "mvU0E9lDE38akKQwFMLOElIu47z5dA0CF0D6wOQVJu5AsgbQR8BBi4DJNdQFT4h97ZBnr/"
    "uPs6j4D7SW4C7q9a78tXzkuX5Aecz3eHw2ztAkX4pDwPo+BU9LREDy5Ql9YlIZuDg/Oz0D"
    "L9hXi8ESX6Um4WmyBaQJGnUYd69EK51s8wBeUz5asXfFuSsbhtzkaHTMjQ4B0Yx9nxj7fq"
    "ifO477kLLr2ly1C8t+sFiPN56HoCPj6OMntUz8AiGbfw8Tbhpv5d+N8HJyLtIKWa+NcPL6"
    "1Ga88tX51UywnWLo4/REK7Sa80z5jNdkj7APntggu09cxe8g/+EloHBNAWRM6cRGSPR4wZ"
    "MEraCDLeyGjG32S0z8YV9vkBVmvT0g8hOP6gg9bk+grEcbWZgBoy0Jfdnh6thddjRSmdG4"
    "2sV6QzEIVvfgiSy+4zzzobdkP24Gov+yMJTintZISd4soU5NPp2ieMJ3MMq1N/I8r9Vro0"
    "Q4AHftQy+Q6PhoI8jkKbVLY3/klrJLo3ZUrt7djlNcbeKozJlphruys2WRTguuRb9/SFUz"
    "J2dINJwVZ5ByZo0SoXa3ri98yCZhBxqWz4x5TG1u7+I+j3Pmbi+AuFm3jRyDo41Tq7EaOA"
    "TnzpgcuJ/Zyff5+t3tScU2cTh4+7krbEW3tDFWwPs8usJfYm3fLfTvkdQLoNBi1Eh3GGwa"
    "b9Ud/i6syuC/PgOL9Qg8lyMMYPAK3PEbSX5xQJeuHwAfEttdAQ8GS0DRPU8vAdwFwIzk6+"
    "cPZft+571rxV4PDtZRjWKPD6tcy1TBDsbtBxhn2yjMtibKtpQqfOjJbSJrwCy2CvB0NXCx"
    "mEW2A/GJNxSf+QXX41mIUXM1nrjohxZP/FdYAUn7Pg9N2zWwj6Tj1HI9ZPJDQgXlPNW+sH"
    "6+7eaiEdQXNVBflKFmnAN+lEzm2jiEDZEORWgeiqAVk9UTfbiKSctdrRjMgaq+p0in1T35"
    "1eT695Bg2iZ1gYRUo1uyJS8WirBmaTSefxa1ZX3Ms9GHwI1u1b7Ztd2B6uym0N1Rzt2tKj"
    "TJhthARynWu1ZPbsE2uys2ADU99jsA9l22r2GiW+SSlHW/GX81Nv3J/Y5pNj6LTo6QA1dI"
    "stEwOYxi7OFuqWH6cJDtmhhmD4GI8XSUWB02E7WBtcHfNN5mbagGTev1e8A5jWr0+g56RJ"
    "Kyc5VhU2n7w4VM7VMF0XHUFPsZfK27srwT1cli81Q6YWxOydNN8bPVSpoqrtr1NkOinW6V"
    "nW7j9FBtrVoZ8j5bT9hJTjEvMRD9N4hLHEzEZ/6/jdnqqoGy/6o64X3JpuKGvlVhtWoQHZ"
    "BS93oUePy9Gcffz0D2k0GWkxlYTloZEMdNTFzjagvXuBwGwBOkmUtIlSxcBbLhZSWaNokH"
    "n1bHg09L8eCPmK1H1fzgOaLBuS3sJS/+o8udsBTtiBsiXeFhsIbEg0704doRI48/ReNBjk"
    "j74hcTWzxXioOencF7McRsPFR31GKX/WOPc7JuVQ/mFmsDU8Fhc0j0c862TiHReb3QbZEn"
    "iRUhUYs3sCW0CD05klH6U1WPXYJCptKW4dVAu52MV5MsHJukFUY4nVyKv+evZ7zCqb/OJ7"
    "VwPUREDroRsEORuO7J9R8YWsCGa/pTlNSOAoqQcH+P4u/L/vUHeqfWzvfgOB3VaOePMLsD"
    "n42KIAuamZjHBhFiOM/hEF8Id3C+xKO8DvGlQaJEOqJianzFaIVoyUhTEfP53ca1W/PB3J"
    "rZ7tcmzUNKNUAf2yORhRNMaoXheENoMcR5Sp3Jo/ejrJwpJ0+lLXbKFrv0ZG1V+C9PqxdY"
    "nxeYn5WYlBeanFovOHUT+VHp83VgUDcK/cipTrU2ZJZIV89QqZ6RT10CnR09fTepXo9sSb"
    "Xy9N14gO7k5NvePboP83N7ec3s6ty3b++1jUiAg/W7JbIeTiT60HyDUZ0uFMdNTSttqx19"
    "B6tK9Hz3kY24xHhUrYXK0vTZBay1T0wjl5gaj5iSsq/n+toO9s8T+ASx2PH41HBnIP/ZIO"
    "nnZPZkmiS3DCL2HJHON7niil6e/5trefl/g2Bi+ugRo6cZSC8N4kFKuZI3+m+QBcRCDRz9"
    "Nwj65mGf34gv2qiBu58ZcTkf8xH5VBo5U5dKp0Q6wMV40UwhXKMProKcLuF4Mm2D+IZygI"
    "B373YZw9ZOqC3QDlCsPRIxtpESyVpCh88kZNr4HgdKZVZltANcXx278m9Qg5Y89rJxbEWp"
    "nz6jfxKEPjGXCLITPb00yNzB5GEGxD+DEJc9ZX/anPXdO/pvII5YENpmP6zoQ++Lvd4XBQ"
    "9sunNefkKq5auLPyiR6liPJrEeHLbqHIp1YO+UPbHXOHd8+ERwUfwvmY8jvq+MFs7TtQoZ"
    "7hvMUcTw6/H4/PxyfHo+vZpcXF5Ork7T0OHyo7oY4rfXv/JYj9xAlIM/YhyVBZki3fAm+r"
    "42lNBzXNiuboy0A20T7/+xHWnu2w95nl6PeJ9H3PORUDyyXyOqiSklbJAS9yNvA3/fYPI2"
    "bHBmsmrLEUoo+zE8g0qrkYDcasssEev9st/7ZWS5MQP3ASmZL8qUnXChPYqtPxs3EbdYqx"
    "odUknkSmEL/Yo8KlvgjumGx/KfnTZNP1+bf75kL0qRo5brSwTdn5GFV9DZAntKXNzPIupX"
    "cS/HNwg1kP/8/t31xzcfXkxH40Ieg6zhrgJtBz8yHKiSCUFKPLyZ3r1NNAWOHQ38iyuxVC"
    "VSzVN1zlPpcrXfAzeVFnauqpdelw6qRDoA7/v8vjdpdMBPas73ieR4F/5CZkgCLGGotggr"
    "BVq9uvq8uo4rtEKnSuoksqLSsa7aOFXpT7fHZLan+xrZjjPZ6pLFSnukSg0bno5DtXhNhk"
    "Zn9NpSDIRjVQZX1yculP/ITCldm7hLZHevTZxJ9yWsyDtGrX0VnXxBNDnuhoF7PvKCTUAY"
    "hHyX2AmrL0k/77myI57FA8FLKbWZYmBaGTdJcJoU3OoAtXRMTZRt37T2teWGfgAYJ+o/AI"
    "KQTUHggn+G9j3iybJA2vsMPC3dEeD6LUTA0n0asefsHraWYL4OEB2xD4iMTgro7+s9Bln4"
    "7opf++gV+CvyArBwfQApcFxyz//z0trsm4Q8Q71O5NUXnmQEahJ5sUnAjltVN8UCWZ/9tP"
    "vhqBgDxj+abMMoY12d2UJCOgi8D53YInqRarXsPNUggN97fBvy41QsqE2Mm5R6gMDvIc4t"
    "Ax2mNFQLqpZTDxD4vZQcSJMWqBswJaTagNm5ATPaS8w5WkidKGp4nSLhAJdE93tRjBpcBG"
    "q7UJFOg90A7DQ4Sx1vCamGvAHkeAXvUbuAOgnp8FyE9oW4OkNZpNNYN9i9uczZxlCdI9Qx"
    "wb12R+BDQAO48lqMc5FWO570eaSxp7RhesPcJi8mTTQdk2pNx6S4TYp6Lux0kZVwrcY3Tz"
    "U4J7nzRuL1eY14fV4Wr4/Ldeqwk3y4vlP5TJCKvilSYu30U3Q+9QNVT6osjcazmK6e/Riq"
    "WhkxT6UdqeTGMzVMc0R6mta6psXzrwyvsgcV96RgX//zpsPjnLHbsyvnlqw8vXJpo+0O4E"
    "9Jd0c5e7eimz1itmMbLfUOwB22/19uR2zgWlnOw70jvKUc4MPEWcp4Kvta7tspLt1EKvzh"
    "sptMvSucSKCcNu00Vfvfs0eTKDH7D+0/1if/MdYcy7N+Voa3ZEkOF9+yTwG84xAX7ah0IE"
    "cl33WQyX48UkpkkafSQDcAuu/lB7oA+ySuJTAD8YVBPCSycM1AfGGQyDw2A9H/kxaDs4dC"
    "sH2x9fWT3eu7HrWRAchHK45iuyKKOVI9zkcwzr5kr63kx3I0OuC4yI1pje4eNLrCBKqGaI"
    "ZEw6nVuc+szg2pjuXejmpmze4Qa5wNsszjrQNoDxNAm9kCqrWFmU1iu74ws0Xp4o7DVQ9W"
    "x5VuF/uPIbiUz3QnKTq+cP3VDBTvGMRyVysc8JhoJsYHAS88WLplEOgjyJf2AvsrQc26Kt"
    "4yiOc+sS3VXTBpLHB9gtYzULrVRq0wbuJCPK52IR6XXIgDHDhKCsyUoM8D3lKldtY0M2xd"
    "YtiS+pLtoZhJb3wWWWyrVVJiSmgH6PGpNZnsVZHyUfHgOJEoLxF0xJ34QuxsnigtIXa06L"
    "Jc6JS142g4ohpqetlK+dl5STRquR4yPci6V1g9eaoeF8VtvW6aLZy6lVNaOq6P7zGBTrug"
    "KTn1AI+KPUQHJtCpx05JSDXkTSLxQ9/nR2urqS4l1rArwN4i60SJUgPeAHAbBRA7ShVwMi"
    "Q6y0HOrtRFloP2hV11OdcjsvOl3HariuZ5Wm3R7fVI68C37zDwTScNP+nShp/Vyaop/suU"
    "OpRIHpmrnJC9RKjN+vVm/cxcLOOsbHp+k+/tKKfuVgN0efluN+1v5mUHKA/cwF9aw0dp5j"
    "8W9EsBhbiLrOIK0YRHA9Q+HSLecysO+kKgR5eu1CGi0GJU6xDBmlITCQqTZkm2phO/IQhE"
    "hDxfN0/pbcM1ePEW4X8y0ADn7F/OAA4oWLohRRRAYvP03oD9tDW7cGyeJHyT9fNV0SSznz"
    "dIw7xYvydifFcr9pxNxp3ivN7i+0pGWcprSHjkeLvbzYdj/1FHr8fj8/PL8en59GpycXk5"
    "uTpNmeXyozqu+e31r5xxzkk8CSdd7eARj1tZLq1Q/kXN64TR47Od1YDKZUltcXwui2O0KS"
    "kI0RsCHZgoEaPjnRxJdtxKSHM0GlUZqsmZpyo/F+i0+FwvPm94ixLIymLdu2xfxwnudtmu"
    "ML/kkvPzJDB4g3xsLU8kvHf8pJbnhps2vfE9/l741R23zWpOtFJlXs1UVevMh2DtH0+a5L"
    "tkraqdeieljJd8USkgHDcfILp78ehlbwykyUSr3SkyJId3p3geFqAzx4kSs3DIw+zP/w+9"
    "2kh3"
)
