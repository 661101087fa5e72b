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
        DROP TABLE IF EXISTS "guide";
        DROP TABLE IF EXISTS "notification_preference";
        DROP TABLE IF EXISTS "notification_delivery";
        DROP TABLE IF EXISTS "notification_broadcast";
        DROP TABLE IF EXISTS "feedback_case";
        DROP TABLE IF EXISTS "feedback_target";
        DROP TABLE IF EXISTS "notification_message";
        DROP TABLE IF EXISTS "notification_consent";
        DROP TABLE IF EXISTS "feedback_appeal";
        DROP TABLE IF EXISTS "feedback_rating";"""


MODELS_STATE = (
    "eJztfXuTm0iW71fJqIgbbcfKjpKqpJLlGzfC5Xb3eMd29drl6YkdJnAKUiWmUEKTIFk729"
    "/95kke4i1ASIVw/iMhyJOgXz447/Pvi5WlE5O9vHMeMDUYdg2LXszQvy8oXhF+kHt9gC6w"
    "be+uwgkXz01BYKVbzpnrYM3l1xbYZISf0gnTHMMO7kU904STlsYbGvRhd8qjxh8eUV3rgb"
    "hL4vAL//gnP21QnXwnLPxpP6oLg5h64rENHe4tzqvu1hbnvn59//MvoiXcbq5qlumt6K61"
    "vXWXFo2ae56hvwQauPZAKHGwS/TY34CnDP51eMp/Yn7CdTwSPaq+O6GTBfZMAOPi/y48qg"
    "EGSNwJPq7/X/BosWaq+unuXv3y7l5VL2pgp1kUcDeoC0D9+0+/3x0g4uwF3ODtX958fnY1"
    "eS4gsJj74IiLAq6LPwUhdrFPKkDfoSy+Mzi/XWInH+ewfQpp/qBNMA5P7EDeTbAQvhCgI0"
    "B6scLfVZPQB3fJfw4vL0sw/tubzwJm3krgbPEV4S+XT8GlkX8N8N7ha5I1MfMBfke9lQD5"
    "PX8oTDWSATsi7jLaF5rhbmcIPhWqGwC55s5QeKQA4oTwM/73RaORqTQwJeOSHhad2NhxV4"
    "S6Tccm2UOjAQo2lGOPj21iSjnYMxQeKXRpeUycCg4U6uLv/Inwd4U65AHGjo9peMTH0HPW"
    "hJ/xvxWqGWvDVPFigQ2HweDHfjYZ4VGVER4Vj/AoM8JMs2yi2ph3X2N7S1Ida9ll3iQn2+"
    "OuK+1x1yV73HV2j9McAnCoOGcx/cyvuMaK5MOdpEzBrQekL8OD7ux51dHnf1C/o+Y2GPUS"
    "8O/ff3z35f7Nx9/gdivG/jAFfm/u38GVkTi7TZ19NkmNU9QJ+v39/V8Q/ET/fffpXZoziN"
    "rd//cFPBP2XEul1kbFemyChmdD1BKjzrc/vvmp9di0BNEB3Nppts4T8GbA/i4ec1kzH6ss"
    "ur9YDjEe6F/JNvOGSiFawPmfJba7s7tHdPAmEhySU4uDwP86cQUMn/lU//z+7f2FQHuOtc"
    "cNdnS1AHZtaZg67yoL/G1A+ctfPxMzQvNHwjyxAXiM+C/75ih95V30FB3NWq34A7sGORCj"
    "t0FH2zN8/VVCCrjSAzH62WB8b8Xmb7yrvsLEXGIfCNMb23asNTa/8K56uuw4FCDhHAjUFx"
    "P/7nfUU5gWhOjwIlRd7DwQ90C4fgl6uxed9Qgy4BeskRXjExIcRPbSarRKn8EUP4i/BPeG"
    "OwWg/eYYa6xt3/KbEnHHjMY21WJQprO1/bbiP4SN96ltL+6XBFkbPlI/MRQQItdCLj9t83"
    "e7RbH5wqALy1mJCYCo5RoaQc8U7+ryEiveNRmJzzl8LshQ8SaXkwUc6zo/HuFr/qnpY9F+"
    "rng385GmeOOra95yPNH5mcnNZPh8AHdLaw069XAKDXpf8zvzm71GG8Nd6pz/xCbcMU57TV"
    "5dB7TIYMghmuXoRB/AAyKfKeU/POoapvgzWNMs/gs9WIS9vBhInXkn5LJBmc5czAU1mAu1"
    "tOcZyi5rdhvqmK5GFVRMV6NCDRNcSiqYHhxMmymYkpRSwXROCqZwi6UNxj1N28LId5Nn6f"
    "pAh5iUjjRoEmoqEmMkbb7AujuozfWIXqBkOVCLWFFX01FI96oPYxMqoTx8++bL2zc/vyvT"
    "HR5TShCo58gG4WgUSwTiDwXMZSVxQHpxnC1H6lhmgRfHfkN2SNtlTvRCCIIzXx5UKH9FOY"
    "8zJL4UurPEqw5ZG2QDLXNOKtR2LC7MuVvVX268WfoM9LYmJpzkdDb0E/sJdnB+uDaY5YAt"
    "PDxWKNZXBp0h8dXI/n1dxf59XWz/vs54OBjMNvFWrevgk6br8rTokqMPbLd1sY7TtOJBsn"
    "+3OxnIkyozelI8oyeZGW1jxjYWf6EuMavl1JEh7LC3TkO0R5Wm9KhkSo+yU3pDtCV2Vb77"
    "0bzXeDHgGUI5ufdN7gAyRhhohtRHslUJ1bKg35PvbinoOT30YbqXibvv/n6fkHRDnJ99fP"
    "P35wlp98Pdp1/D5rFxefvh7jY1Hg7BpngH1h2GDKFEvz76hq5yvnXOua6a6GcIJfqHoF/3"
    "TZulPBL+fdr6bQ5Q7W0mQSQnef1J7gNYm5VMUMnJvXdyL7BhEl01rQcjz8nnPS2Y3xm6FN"
    "YGreJn0EgOvTwW1A/wBC9Gw+ub6+nV5Ho6gAgPfio6c1OC/vtP9+nQEkt75BAJS3Jd+0ia"
    "VtpHumwfMZiKNddY5ygXbi3LJJgWvI7jdKkhnnPCY62gcAM77bDe3t19SIzo7fv0e+Drx9"
    "t3n58NxVDyRoav4s8uLRnRULyL9dfgHDjnNBj1JKXcTLu8mcajm2sanXNIZQxLqe05HUou"
    "I1kqmKJzptkh8Sy+7+SBLr5ZX9Qze29VcouGaNhD4zX+An3cgaGyryhh2zYNTcBweEBC2F"
    "N/lnMCq/9oDaB362oL7xxR0olmsFamU9/jWzzbtLDOWc2FYR66U33k0DgGNn8xzHOURGrg"
    "FVrFDg1XFJ198fvqK2Jzh/9HDbNDOYbbsJ+erkSiGyDyPXCO/9CF+Cv00VOYVny14IeDty"
    "q/l76uOebNo87Vdhj2L7Eue861c36UYPNw3oF30m+I1Pb4rGpYneOGJUNja0PG/87hMdef"
    "RSc9QqhWWEAyunARyHyq7ZAFcUigFMsH946Se4t/VFHixHvrEcw1AireeJxv82XpnLCK2N"
    "VBWXAFhnYqWVcNtS7+mwfEVjDyR86sMB4KjeoBQTum9Kd1x/Rt6a9Go6urm9Hl1WQ6vr65"
    "GU8vI6N69lKZdf32/a9gBRzEjRKhWbA47KK+oai3ZsE+WYj4Qrby4xGLHYPiNH1wx0qFdE"
    "+qhHSnxywW0j1J+wX5eBXHLZWhfFDEUqdxbj8MCGv5prdSjPubm6B9Bzdr/i+iuT5INVBO"
    "kfVvKl9XSzRakme0AOl6+3KCqH8otz+fDbsOvH7r/uF6Pa4ye8fFs3ecxtUh/G+yutM3Sd"
    "U/nNufvzpxsZGnDPzPL3efiry3IpI0Z25oLvpfZBqVrBiNXn2x8PO5Z5iuQdlLuO1TRKAD"
    "RAkmPeNon/apT3Hf0EHG0d4h6/p+9nEiyYdUmPd1EZbg7gE349X2NAlAhEbqLwQnVT+Zi4"
    "P92qpl2K4ziUAKFVW5r7sz1lMdGPNRrIF6WhXgU6/6EyoB5Ubb9432d8t51PH2bk0cB9wx"
    "crbbdJPSTXfjN1ateOu9KVnvKEGgBkabpcX4J++Ej8cL3hFiLnY9hjD108xAZRbsWg5ixE"
    "XzLVpiqov8oYksqgf2p1CFvqMucYiOFo61EhlLv7jQ4VuL862GiX4VM9hEd4uFoZGfGNoS"
    "7JjbWD7W8WSh888RHireq8lkBMevCP8cTkTW1OkYjm+uIHfqlJ+fjqbQ5vL6RvEmYwJX59"
    "NX/PjqFT9/M5le834uh5gf35DxcwWSwIq7MvF437SlQQkjGuYTVcfON2TzCcIHHekWYSIN"
    "6yO1NpzCHSBO6VpIsxyHcFYfIwDGcPmfZ2jjWPSBI/AGObz1hjPmCMbSz0Dr9/iag8VvOM"
    "f0f5Z8UbyEpO8WfRkMPfsm87l2JUah7CUK6yPfkFMgLwbty8w4Z8eplEALRpm0loipwSTP"
    "YT/2hCTGCE8Yk/g00LUYkygr9R1RtywDPouh71fAZ0e4zVvPMHUf9gybGV0r5S/n8Vativ"
    "T/iIrXiE3az+hy8U/JtHSJaQlGpc4LIaLo4Suh/QKS0RqoGSScppPpqctDhBN7zYHxwX2s"
    "lTVIRQen51fdbNVHiHbtEdpHLfmzm545b/3E3C1+7SeWS3dU+fIFLyuzH/HlfoTstlxM4I"
    "ORs/2VuMbtSHqI8lUllK9KUL7KoizLcJ+sDLcQCFXQg9ewtCaJ+mQWbC/PHqa6SrHrOY1r"
    "LKS66PLmEZbMmqHgQKHYNC0Ni3PRoUL5vzOJyC43Q7vjtAGqymoYVikYNiwuGDbMFAyT6r"
    "xi6Pulzku6/oW1OupxqGk6mdMr5XjdlYxpXVtL7cCbrkFTE+ICcjmJO5yYrqMTucXMdLn7"
    "cjsaPhvTKvq9bs7ivRCnX0YV8E3vABLm/TAX7JoH5FkM7XGHpk2KmfV6soukJyt/+tXB6S"
    "hFL30FSeYgqQ0Zo9hmS+tQrN6BVyT5EnTWp/nVMB2JbeIcBql+7pGfDcY5NGz+FvTXkylY"
    "3wIk3qv59p/wlVtq/YkaSduPtP1I208j288j/2tNdbkhbZex3kkRsQq2VerfNlHfHsH1xo"
    "HkmhxzvdYqSJH1L1p6OK2iKJ8WK8qnNeNtsjJ8zrKpw17VcdDp2FBU4kLDF78E6YRuNQnW"
    "MoezSrOexeyVHrRUQ653f8AWBC1dXireWLtcQDDTFQ7PTMZzCFqaXk9naGltINCKCOniJ4"
    "ZCKRhtDNNEc4KYZa6JPoDAq83SWvHGOj8gNBvRdYobSgax4wwi81Yr7OS4TBZXjIyRdJl1"
    "aQPYoxSM9Gy9oU05SSltyl2xKYcYxYzK2dS2hL8RKDM48DXtcllKafk8Axf7rgZhNjd1xi"
    "aitHRWtQ9lV+8BpqEV1GpxLXpwFYSwnx4BnyMZVIoNCTXPp4gM6cKecIy4kIOkLj/yI0fc"
    "ikJCiuWsZdSk5cDFeFAkgAHfjmWtZPRit+SXcGyqqvbC9r2QXFJKvSrq02Gx+nSYUZ+KCV"
    "8D3LC9BLcCuPx2YsdSMRd6ciRBohkrKKmWz7emaNOyoE/8MujkDNEvyyLy7u37j28+PHs1"
    "GKVyXcQzNiTBXhHMPAdE5/pgZ2gPBrubuta2sA5fnTVlsRSZlHHLhbE4g3KgJNZDT7E0T5"
    "uaXM1DnS2oxysL+3a0sO/ZgHVMK1ZsehUJVdHk2yNZqVbUcK/96velhXhzhp5ZDppb3sPS"
    "fY4wEv28BhOS6Avy3DFkUXPrX2EiJzbREZe8SNZG1VanuTJeJDz6/1JKdp2S7BgXM4hqE0"
    "cLamNVDETN0J0uFnV4eXksYaTlUFR/ddebyHEayZ2lQ9tgC6kb0xajkYCWs7vRXn0gr9u3"
    "NDNpRje+SPO53MysbQHVr6xXvGwa1PhCrSs6HJPT25lxchi9hI2ngqfSKtFe+oT3lrFyDb"
    "desbyIoId63aN4het8/tfOBR2jaTsfdDe22Vz9YjYjtM63oAa+UTGyFhyjzkdD23E/KHEq"
    "GbdpMSM/WL5QpIuTnE6aOxdZDlyM66Z62JFIwaNc8MgPW6zNIdeMWuwotPuj4XcTq0uMch"
    "jlncMmxwLAK+TKVO1Y870q0TeiPghFFm8JW62oEEIc11gEKm0EBUci73oocVLokj+dXPku"
    "+c+zWtIj3kdy8x3Ynsq4+d5HIMKWQoXpjkLQMuwoM5RzUqEiOR7Isx40if9SKNju+a/Fgj"
    "iEQzFDqRMK3eVLWRmM8b5jEY/hKSW8G6StiZplzynUgtUyQ+IrvV4rySWtF/COw5qZL8XR"
    "Himy002ViydYh0eJ9/DLYzVdozvqE0LP5zytCb+g4ROefyp8ZcKLEnYxNkOxHwrlnyJebI"
    "bCoyarQyZ6lEE5bSR6DOdgg2FPkUqdQ5d1Dl2MD+ru8MoSHB0OtThdveiY51WO3JxyzCqp"
    "GZ1qKC1LvZVFn76U1NPW6D6yBNd7UX9hOMxVHfLglxDmZ3nHmXMKxD5QxgX3VNPc00Jknx"
    "sURI7wqInIcVVF5LgqFjmuMiJH1+XC7BalO3jh1pULBdEMiS+FMm++MlxRAiA6hHxShA/a"
    "2iAbyCQVHkNr/vIgK0JhBvzhGY5PlzmpUKxpxPYrCwRHoNGxseMGDf3OM6dAIhWTZRu1SZ"
    "0IWxDHl1rDYz6xIhUrUQ3GPDHFMufgOUxj7ZNHh9Cr6znU79M/UujGcJccqA2fzNEhtPwX"
    "0Vy/pX/UDY2SLMlyspIsUcCX7Rhanl9BpWixiPgHjGAaXtcIYVpaK8IB9Go5HieJTuh1fK"
    "xp3bKdms8yE0McnaGrPt+nEqrV00UX9dCHFH2n1ksLCwhxHIszTMAq1dxV8sh/wH3lpsa2"
    "IiDjt+A87aqR0jG3A6l67LTqURoWfkDDQiTbNBj3NK1c311e36G42WQ3T5LKce7yOIN/dg"
    "OvZE86JZ/D6C4MarBlo1WcIpXj3OVx3ljOo463THXxI6njgp4lbCTgd2xo2xbx18Rh9Vz7"
    "YxTSsz8NZ2A6pW5Nt4U0nSzhKKPfZbB299w/CoO188szRsu6BWgrRmx3c/nvBTa9AR6Qcp"
    "esCT20FlzMV+bdmhzvvfYEyCcm6Ir/H8fAZntwfQx67CtizCX24Wg51hqbX3hXfYUJXj+q"
    "tiTa46HlPnlHb6Gfe8we+4oWB4MeXj/2i4l/9zvqK04LyHhxGEjh/vSLYfaJUUkLdbqhHf"
    "oO/M0hn4U/zd/87vqKlmebFtYPBOur6OQLYaFs3EekVvzv4YeDV6DfS3942ab1dR2iEf4U"
    "QaXnYlCrV9rtbbnn5p7wPvte7g4fsfiVfOJVEjXfG0/Oe3a2vpuryIchaq2BkwVsEwNkUG"
    "Q5OoSdukviZ8b8iSFQOpsGJchgCAyuaOFYq4J0m8e4Qcte+7fGQ6EyMVc7k6NHDOZpdx3J"
    "fT3iq9Ho6upmdHk1mY6vb27G08tIoZi9VKZZvH3/KygXB3Gte6htLPbmb2DQlJ4KnTKJVP"
    "FUwFp+RHixA++OosvBBI29dys575b47qadvmA3VMt8/QvMikmyPjg4Htsfnc/y+jgniCTK"
    "+1Hmyx9cPq16OQSTVBLn/ThTKy+BYLFzdNheZuio7QmtExcbeVrr//xy96nIFT0iSfM7hu"
    "ai/xUZ6I8G/C5WFApbuAZlL+G2TxEuChCVD0ga+xQPAx1kXNPFblHT6B2jkQbvXEcCIW82"
    "ciWIUUrjd7nxOxXvfqCdtp/1Twb59trYLNufu1ysd2kJ34dsbFdMYMofAH36+uFDxbJHnj"
    "u3vh+mqRV6sbuoo55M5cScNFyyOtTsFkU3v3f9PJN9AepEyUoil4FyLW3cs6CaonYVp9ir"
    "q72jBAmLNTCCCCYGshbI4mdjfUK0u7U2dKIPUJA6cID4iBDHITqyHOQQ28Qa0bOq2iP0n1"
    "skKfU6CyLuRQS9xvGSVZO6lYIlMz4ZzEvKt+bQShVfBRWfyKqbj3S1RB6nFtyDvaDm1L6I"
    "Mp5GaU7D7WW30UC6C39/mUU7jcjBsjJE3g2RhSU4Tm9qVUav/dSP4VOqHnUNM9/mUaQESF"
    "MeWLmhm0xmbvhztnCDNYfkJLnyZfGekyDqn1pwUkUtOClWC04yasFwnTWIVEqRykilLkcq"
    "SZWNVNl0SXwbNFTZFGsXTiQP3vujUyYLiiaDqnKgG7auUv+BjyLIZTF64VNjuAwJ3+/X4j"
    "AmyDH0LRRNP+/48W/IsTYst/JD+3c4wGOnWOTYzwi3K3Icw4Hnh0hQWJLeE69qyZNh+x7K"
    "kJMqMuSkWIacZGvGnVl5hidi445ToCE3CKfY+BsRnN70+zSwt2bkzTBhVYwPMb1US+Easf"
    "fe+Q7UyTXsuzCzfHYqEYZWykuJlioLm7aaEjyjshapj6WaulNq6t6nso4KVAnGO1awSvyG"
    "zMbOmmzDq/FfnHvknEZwITpUKB90PTy9O96fv7gJLzmqVhS3pCZulr0JEy83HfZkD2cx+L"
    "thVyjE+otTwYEYZjHAuyHcjV04QcKpwYUEY22YKl4sMJc3uKQQ/9mNIe56PvMcO8gGG24D"
    "O0hANkPBAaQfd401VJUT3/y3eMeJdOTBUVtpvIdVxm1YPG7DvHFzGmYqTFBKfXKX9ckyf1"
    "2fR1fmr/sxxtmy+WjV0xDFSGRoQP0k6dIMdzy3dIgsBnv0vG5dvgyhdPhP+WI4D5hv603m"
    "bQ6pRFeajzvg8R+fmS0AfZfq7ixn8l6gc5ZzhVSDuw22BaD7HWGReRcdkGxQZu56GuNGPD"
    "Qlx7aRilwpNm2IXC7qLlimWpgAXrjEeeG7xaIlprpJHMRcwzSRtSE6ci3h1y86R88g9Ypw"
    "JPDzMGDeSNzveX6MQFudK1ShvztQl4Ki+RZ9g4TYC9PavHSIZjn6N0gOk6Lmv7GL/OtMXB"
    "R3GSBmIf4w5LvBXMbvbm4Vaiz81nFy/6HZa+QvJz3vFvzUZmloS3Eh+Hs/MQRPhwymUJ3/"
    "OXFDuC7OLvnwEQr31chL9A3zf7SyXfYN8Xv4T8k2hNj8J15z+CLMxOM98iu81wU2TI4xgA"
    "cEOsH6C07OkUa+jw2fvJAJx1pAcT9nC235P17wnXNNnOJgiygXUHDTw8xWMlUOXDtFqpxw"
    "uDJDUOwcEyPpsi2joX/MsJJ5YVhiXxhmDQznVUrppKugx/mJgv05O+SFe1ucRBYVSBcV8H"
    "mUuu+LONXpMO3Fi6NEcxC979vTGfQtwXha3IpPxC55nOe5luWIEgUeaMUiRRh1rDopiuM5"
    "TUUe7jLAt3ueU3WDemUgb41AXunh/lQe7sUYP5mH+9FsmKm4jUr14q9K6sVf5dWLd3Im8q"
    "1lmQTToo3CyZvLc05zLITDDfq0m+/t3d2HhPBz+z5tCP768fYdF09ThZ2zvPQulF3Fpgn6"
    "tNqg53VwwiGIzpztGCwsh/NIteI3YiQyguOANH38upG/nRfKkXESKZsXFPyLmPDCZAr7/W"
    "kLuuohp9JO4GM1+34kGrUnsIfBx2c2Bk0M/bF52CXRPVkUKkdoz1SNKhbXd5WqVDdsvNcI"
    "qHjj62useDc3ZKx4k9HNQvGm8wU/Mx5dTWYIx3LmRCm7+NlQN/CaH/vBHsTxI70ZmJuE6Q"
    "/gyQkcP80tW679ILUJMl1YD7QM52XHOi30/TVkgSdCkwiMHZl0ze+0a77n8ldmrR00RtI7"
    "tdaoklprVKLWGmXVWtIbX3o1n4uw0z05J+YXmiPkJL1GiyUcZmJ1E2u4PwsWRRbUEPUICu"
    "jQM8V7NZ1eg8gxmTwHvzjhhAgJIfx0VVFNOd8v0WBIN5iNXS5pCJfFwHsqLyPWse+Waz0N"
    "U1mYvAdTmky7JeT4g5L7Xt6vR4uIuyzahI7js3DOKzRYBLNwNaQXSiUvvtZjzfmdWCPJJ0"
    "EoBZ+ucMaVPPgk0yYD/c4TXXit10Q1RiIna7mEETJNh4sWicxj5wntXtkiNrEqFEeSwpsM"
    "Se0q0NVDUp9ITk6WYMqTlTNFmkrk5aitaoSNK4UF8l2NdyHK+mC06wWB3YUwF8Ta6XQC1r"
    "v55Oo5VPMBk5zrOVRIvJeXl4p3TRaT5zOETVP4tIAJz/Uj3zKC82luKS2CHXgnD7puEezY"
    "xnZsg2Cw7OpAHSPpsmKiIcTjSsaDcYnxYJw1HsjAJxn41MHx6Evg0y+GgLcw4klcL+WUol"
    "CnRdi0Ep/k2aaFdc5nANkAEao5WzuWLsAvMYWYyycX8vggO+hbVHbqG3pGISafMzJADs9e"
    "kEjhOLc5gB96onpbDfii0wWttFRuq+PsUde2sGPzR8XZwvOBPocM4Q3BnVbAdloI7TST+9"
    "f4n7w4oRJ+KKSQvFAtXigB+hKPxpM6E3pH0cMp3X6NRLDem3ir1g3nTNP1EOzReFzFLWs8"
    "LnbLgmtJvN2lt5pTbJg1mZE0Xf90Be3Pbek8XAx9f23omuc4uRJzeXTpjkpG9VaPKJUOC0"
    "c0qYdidP2kz1lKCa504e2CFTg2M1vAuWK63HMFOLuMO2X8/c0hn0Vc49+IA9kALvLiQdNt"
    "BqUhoQ7xIyXVdaz5XtXm/ZIg4AlWfC5qiHfywu/lJ4aCfpBFhSNzqDcFs61wbPbmK4Mx3s"
    "8APRLb9fOtZqpEtX8HqIPEeQ6sbZGGKZpzQoKZ54AN+AFDUlShKeXvY+eR3wQyJ0Mf6JmL"
    "nQfiIsUbjSZj9GqK/s8AxbRl6PpgZak0Hv8wxuOubYzH1o4+kR3gB5O7Y3t3kzCCGHmXJ/"
    "WF9ThD1qNCIY7AjyYIC9eFZevSr5En0Fov+J/OT5NfkvMnRnP6pD+xzX3uGabL34Uv4X5P"
    "sb8fJRWQVEsVL4Ueq6WAk1Mx75Hk1awo1U2lSJspqDr2EpL6qW6CL1UoXVShPI2A/1XoH7"
    "4QIb5e5Ej3yQaDMtHe12WoLNZ2fzg056OYt4IuAp8iLv96DA1fXiLIwfl8JoTk+dYlDOTq"
    "BXYQdojvWMQFaRZzPYKK2Hkx0Ee5RcvSd7FsIp2TpHPSsQahffFbOhuc1tkg6D3LbZY4Le"
    "1opNtSY7cla7FgJM8EXQL8jqY3yV5PjPpJfR87Jk4dVYkkGJs6GqSIQKqPWlcfccHJLXh7"
    "7tetRsQnTKLmEI0Y6yAHUh0Fa0QI+tTgUKGatbJBPpqh8MgvMkh0uDt8N1G7tp+/Rdoasi"
    "hLHz+pTG1DmUq+21wAYw1GPUnZw1E/k1EOMSkd5jVxWK42sZCJjlH0hos+SskEqQxvO7vU"
    "hv/pummlYjQS0HLrgsCqBbtCz10G41NK5j46BsLdNtncOhbWNcxynTF3FwdlphpqucYi/I"
    "vzBE0Fk41tcXi2yLOBiRIZZCGae4vEzASvSOHXuLQYoYgIeZQNEAPXxfkW8ZngEfQva86Q"
    "zVvPIbFsntHmODeRTpMdeAcMSqw2ruGatSwHEUEPTQbTKiqLabHKYppRWayw86jzJZRF+J"
    "58L+C44zS9ALlMgHr39/tyfV4kP324+/Rr2Dyt5EuCvnRXORmXiwEP20uwG4ANlZr4f3ch"
    "nqKWRjtDKKshShdIqbWrpbUDPszLWXXVTRde3tI7pu1CsIrhLKxsuPCpZj6jqSuUM566MG"
    "MEBwqFUkUzBJ9NjBUtm/ccohm2QWieja9Q05Ykksq2tLJNSBV5rr6FiMYoJJwFcKrhkqmH"
    "aUQmgc3U5Q5eqLVjzDOEMiN+qQJzh9fptJjdxHWvii0ztRIaNv4U6NPXDx+eSsX2MzENUD"
    "Zd5GjYomuDygo2PU5SQb+2IozxBwvjjS3PZYYOyi5MKTFnkEJ6xSemuAjqrWcBwSBskpO0"
    "sbVecys+BU3hetBYln3qll4tHJaGrHmMvMtaiYsN4U/qzpD/zfnyFeM8+SoT7v8EPLhLVr"
    "ZZ6NhVoNyM0XQZ96Yu0VWchUbFzkKjjLPQGQqgti8x1pVA7VDitEOJMyuDgjlE/ISV8GjY"
    "NoiswUEbLnUtrxDswnyvJaPGSSTnn+b8OReizsmCs551lXBJSllrucs+VJqJ+Rg0UrUmKO"
    "Uod3mUFwY12LLRMKdI5Th3eZyhfBuXyxzVIYs6rGKarnc11Ns3hvOXXC1uPGzfO2iPUp5e"
    "WgCL0e+vBTDQBNXUNCeppKNsuZ45pm07UMn8cdfTeQK7V9GcnFld8uP8lU9rcpGjYfYvDM"
    "rUyw9Rk73q5N84j09fmJg+eKD9dcl3KMuDFwtEdMOFej0fA/8uqFo4GV8tFO9mPp4o3vQV"
    "ueKf88UcqhkOseJdL/QbxRtfDScDxM9NNcI/J5NXnO5Kv+R0r654q/HoWufHiwnx2z5/jb"
    "6BS9M3ZDDw2szoprv3iAplmBouVFlHDoHyRfxRB2iFdaE/Z3jNkWYW4hzBkl9BHm+/IEAs"
    "6hox4qyJXqwuD8OSH8lW6sm7pScvjjDfrz48h0o7Ced2eMIZSp9RaFBPcRaWQAVd4R9w/z"
    "8U6hjsUQXzlsZJYz+a6A9H1djOEq4zUxyJ5NheS/ID+M27PGBN43CrQDsphnaSgVZ6ZieC"
    "yatFk5eFk0vn7C74C0vn7BOCzbwVn7C1tugYidS7VNG7MJfYtRzfIwKZyqV8wjdxg7coF2"
    "Fygy+Lp3yC6ISTHpsbvGWnmfpHqBtusQKkC63HcRJpPU5bj21vbgq7URbR0mTGCTpZaqt6"
    "KmM/1rWJxjxJKTXmXdGY51j8gqfPjnqDEmApQumeXao23+HVgua83+7ZmanVKffs0GqRoz"
    "uPGTQqOmfHjCn7lel3lCCDzq3vkTc1JCYIPKaZRV+ibzrRPZuoj2T7Da3wI2FIuYAGZA25"
    "CRRvNHw18stI+T0oFwhnNOJHuo9CQe85x4wgxzNB9YeWmOomJFRwUJQHws+XgNwldnk7yp"
    "C7MTQCVaw4cojvbJyOEeBS4QYV8yr8YxdPBgSwn8PrirdKXYlZf/8pleFSGX5UZbimEUjs"
    "zldCcKRQ5tm26af+DtKAg9Ns9iRvyQVn1Y/zjA6hQNADl2CJINsdKxwjJ9h2iGowJsJHs+"
    "f4EvWjReBydAi9up5D/T79o7AUkX/OPwLqBXEcbKq6B+GnsV/8efkbDnNiIv4DYYI05yRv"
    "aWIVyh357sS7H/4VC+o3QfexHwr1E7ao/qtjhhI/WzYbtO42LnXbR3W0mlt6Ds9VrGMN2/"
    "cC3FPrWD3noX5x7B3RCQX26MzZSuymQR/rbBthe6nJrqLJtrGDV3WzkgcU3dBlw217o8ve"
    "SRx1pnySqnd1bIaVDO3DEkv7MGtql66zxeifpyKwiutsKBLXHPIYmYzs6I6eNzu+HUnOfD"
    "4jXCM3c6RBqolsmk66npfr0BOautOo0DuK614denpqdTtXczd3hUNTNVexVMQZXKFuM3LL"
    "9wa0v/z1MzFxgdNAToqYnkzuP49pz/nNATUlgdmcY9KJXR1UturYSaIqSa2FYeUnFma7YQ"
    "hTHf3hGcRFS8tz2GtELeRYG7QimIooARTAz9CzueUud5QWHWRMOq3fQaHQAEINDI3wXmMd"
    "FWbqkbEGXTKv+ElqamrqdkTStaa6oo7l6ZFKcWa5eiQJcgnIYgdSxQ5UR0OUIutfTbThsI"
    "qKaFisIRqmFUTSU6wY+vNUEFXyFGO16w/FSE77fj4PwbaO/1JyHLKDcEfJvcU/jiz9dgH6"
    "/f5jbE+JovaEhy/ePPorby2R8uwiR4rIa1ZdnNBiFFWcxF7A5olY7J4o6IJBCPM1ubxUvM"
    "l8NOSfl6MbCGHGIwhUvhw/F3y/X+XmAa/BD0ycWRnUeGE71oODV8i2bM/OJvk82Z0VqtDf"
    "yVtwEMOmaW1Y3NNMZA8N/WlQmMJQCDtLzEDGefPbe+RaCLNHLq9wcQfTLcIOQSZZuFyuYR"
    "baEP7YHmSv+4+hX/wHa0v0ze/1W/axHGJbjssg5ns0Go5iNOFDAQS870u0WRKKwoenbMOl"
    "MnR9Nbwcomf80QKwxKOUJDwNt4AoQaMM4+6UaCWTbZ7Aa8ohK36vIHdlxZCbBI2MuZEhIJ"
    "Kx7xJj3w31c8txH7nsujRXHcKynyzW441tE2zmcfTBlVImfkGIDs+h4l3jvfy74t2Mr0Ra"
    "Ie2V4o1fXeqcV55eTWeC7RRDH6QnWpHVHDLlc16TXzIctOGDbG1AxW8S5/E5YnjLEOZM6V"
    "gnRPR4DUmCVtg0NMPyONvsZJj4095eoSuD9/ZI6GuI6vBssCcw3qNONIMDIy0JXdnhythd"
    "/mpkeUbjYhfrHUUvWN2TJ7L4gfPMe/aS/7kZ8r/zwlDSe1olJXm1hDol+XTS4gnsYAy0N/"
    "l5XovXRoawB+7ap14g/uujiSCTpJQujd2RW7IujdJRuXh3O09xtYqjMjDTHPfazpZpOim4"
    "pv3+MaubOTlGIuEseAfVzqyRIZTu1uWFD/kkbEHD8pkzj5HN7W3Q53nO3P0FEHfrtpJjsL"
    "9xSjVWBYfgxDsmAe5n/ub7/P7t/UXBNnE6eLu5K+xFN7MxFsD7NLrCXwJt3z12HkiuF0Cq"
    "xaCS7tDdNd6rO/xdWJXRf31GGu8R2RYgjLD7En2DE2F+ccSWluMiB1PdWiEbu0vEyAOkl0"
    "DWAhmc5OvnD1n7fuu9S8VeB16sgxLFHgxrvpapgB0M2vcwzrZSmG1JlG0mVXjfk9v41oBZ"
    "YBWAdDV4sZj5tgPxCxqK33AAejyNcGpQ44mDbmjxxHeNFRC27/LQNF0Dx0g6zjTLJiq8JO"
    "qgnKQ6FtZPt91cV4L6ugTq6yzUnHMw1jmTuTQOYUckQxGqhyJIxWTxRO+vYlKzVisOs1tX"
    "35Omk+qe5GqynAdMDdYkdUEOqUQ3Y0teLGrCGqeReP6Z1pZ1Mc9GFwI32lX7xtd2C6qzu1"
    "R3Zzl396rQcjbECjpKsd6lenIPtvFdsQKo0Wu/BWDfxvvqJ7ppLqm27jfmr8anP304MM3G"
    "Z9HJGXLgNZJsVEwOUzP28LDUMF14kR2aGOYIgYjBdMyxOuwmagVrg7NrvM/aUAya1Ot3gH"
    "MalOj1TbImOWXnCsOmovanC5k6pgqi5agp/jdgrVt5eSeKk8UmqWTC2ISSp53iZ6tVbqq4"
    "YtfbGIl0uq3tdBukh2pq1YqRd9l6wt/kzIASA/63Qi1qGlT8hu8mZqtpBWX/tDjhfcamYn"
    "mOVmC1qhAdEFF3ehQg/l4N4u9nKP5LocvxDC3HjQyIoyomrlGxhWuUDQOABGnqErNaFq4U"
    "Wf+yEk2qxINPiuPBJ5l48LXB12Pd/OAJot65LRwlL/7aAiesmnbEHZGs8NBbQ+JJJ3p/7Y"
    "i+x19N40GCSPripxNbPFWKg469g49iiNl5qB6oxc76x57nZN2rHkws1gqmgtPmkOjmnG2c"
    "QqL1eqH7Ik9CK0KoFq9gS2gQenImo/RnXT12Boo8lXYeXhW02+F4VcnCsUtaoXiT8Y34vH"
    "o1gwqnzjaZ1MKyCRU56AZI90Tiuo3lPHK0kI637LWf1I4hRohwf/fj77P+9Se6p9TOd+B1"
    "OijRzp9hdgeYjTVBFjQzMY8VKsRwyOEQHAh3cFjifl6H4FChfiIdUTE1OOK0QrTkpJGI+f"
    "Ru49Kt+WRuzXz3a5LmIaLqoY/tmcjCISalwnCwITQY4iSlzOTR+VGunSknSSUtdrUtdtGb"
    "tVHhvyStXGBdXmBOXGKqvdDyqeWCq28iPyt9vgwMakeh7zvV1a0NGSeS1TPqVM9Ipi7B5o"
    "GevrtUr2e2pBp5+u48QA9y8m3uHt2F+bm/vGZ8dR7bt/cd6HTIF4pttrRyM4ukWgzKtKHQ"
    "lKlEUKgsTlKltgjyCZFFRdENHW/Rs1ti/MvXPLrk+UzoG5eWx4hfYjCqsbG0TB1hpBEnYC"
    "ZIbg2R9u+QW0OD93sxiEdhHFRD49Z4KPSezd3Cc1xng3nW2bUR+M2+Go2urm5Gl1eT6fj6"
    "5mY8vYwcaLOXyjxpb9//Ch4Pibdy6AJRrB0Nxi3LOxUoenCea0+CYTo/tVoJqMDvSGXkUy"
    "kj/U0pC3Ph3rAjkK71ef5P/k6e525WCGmCRqKah+rTJyroGsRHcYx5qgjPjoJ7WIjnU1cC"
    "IY6hLS9yeO/gSinPjXdtOhNW96Pwqwdum8Wc6Jo4LDcetsTdfEfS5eiKpu7m43EVd/PxuN"
    "jdHK5l8mnUQTho3kN0j5J/jd/RzQ2SKw5cjJGcPmrxaViA1uITaygx23+Z/fn/AYhNAhc="
)
