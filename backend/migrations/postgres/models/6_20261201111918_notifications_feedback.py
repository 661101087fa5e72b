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
        DROP TABLE IF EXISTS "notification_consent";
        DROP TABLE IF EXISTS "guide";
        DROP TABLE IF EXISTS "notification_delivery";
        DROP TABLE IF EXISTS "notification_preference";
        DROP TABLE IF EXISTS "notification_message";
        DROP TABLE IF EXISTS "feedback_target";
        DROP TABLE IF EXISTS "notification_broadcast";
        DROP TABLE IF EXISTS "feedback_appeal";
        DROP TABLE IF EXISTS "feedback_case";
        DROP TABLE IF EXISTS "feedback_rating";"""


MODELS_STATE = (
    "eJztfXtzm8i271fpctWtSepoUrZsyY5y61YlmczsnJ3EOYmzZ9fZ7MItaFlso4ahwYrPPv"
    "Pdb6/mIR4NAoRkRPofCUGvBv36wXqvf5+sHJPY7MW1d4epxbBvOfRkhv59QvGK8APp9RE6"
    "wa67uQonfDy3BYGTbzlnvocNn19bYJsRfsokzPAsN7oXDWwbTjoGb2jRu82pgFp/BET3nT"
    "viL4nHL/zjn/y0RU3ynbD4p3uvLyxim5nHtky4tziv+4+uOPft2/tffhUt4XZz3XDsYEU3"
    "rd1Hf+nQpHkQWOYLoIFrd4QSD/vETP0NeMroX8enwifmJ3wvIMmjmpsTJlngwAYwTv7vIq"
    "AGYIDEneDj4v9Fj5Zqpuufrm/0r+9udP2kAXaGQwF3i/oA1L//DPvdACLOnsAN3v7l9Zdn"
    "59PnAgKH+XeeuCjgOvlTEGIfh6QC9A3K4ruA89sl9uQ4x+1zSPMHbYNxfGID8maCxfDFAO"
    "0B0pMV/q7bhN75S/7z7PS0AuO/vf4iYOatBM4OXxHhcvkUXRqH1wDvDb42eSC2HOB3NFgJ"
    "kN/zh8LUIAWwE+I+o31iWP7jDMGnRk0LIDf8GYqPNECcEH4m/D5pNTK1BqZiXPLDYhIXe/"
    "6KUL/t2GR7aDVA0Yay7/FxbUwpB3uG4iONLp2AiVPRgUZ9/J0/Ef6uUY/cwdjxMY2P+BgG"
    "3gPhZ8JvjRrWg2XreLHAlsdg8FM/24zwuM4Ij8tHeFwYYWY4LtFdzLtvsL1lqfa17Apvko"
    "PtcRe19riLij3uorjHGR4BOHQsWUy/8Cu+tSJyuLOUObjNiPRFfNCfPa8++vwPmtfUfoxG"
    "vQL8m/cf3329ef3xM9xuxdgftsDv9c07uDIWZx9zZ59Nc+OUdIJ+f3/zFwQ/0X9ff3qX5w"
    "ySdjf/fQLPhAPf0amz1rGZmqDx2Ri1zKjz7Y9vfnozNi1DtAO3dpit8wC8GbC/i3spaxZi"
    "VUT3V8cj1h39K3ksvKFyiJZw/keJ7ebs5hE9vE4Eh+zU4iDwv058AcMXPtW/vH97cyLQnm"
    "Pjfo09Uy+B3Vhatsm7KgL/JqL89a9fiJ2g+SNhntkAAkbCl317lL7xLgaKjuGsVvyBfYvs"
    "iNHbqKPHI3z91UIKuNIdMfrFYnxvxfZn3tVQYWI+cXeE6bXres4Dtr/yrga67DgUIOHsCN"
    "RXG/8edjRQmBaEmPAi1H3s3RF/R7h+jXq7EZ0NCDLgF5yxk+ITMhxE8dJqvMqfwRTfib8E"
    "94Y7pd99Ej1t/E4s18/Ci1fHhuEEIXuo9LPD1c96jl2in92uooppe609dNb8MWZIfGmUi7"
    "He/QyJL41udGy6Rx4ssoaWkpMa5e81l3j+ox4uN94sfwZ6eyA2nOR0LvST+gkaLn74YDHH"
    "Ay1XfKxRbK4sOkPiq5Vm66KOZuuiXLN1UdBdcmbHxo96U9V9nq7P06JPKnzYbptinabpRD"
    "e8fbc7GMjTOjN6Wj6jp4UZ7WLG1g5/oS4xa6SuLRD2WA/fEu1xrSk9rpjS4+KUXhNjiX2d"
    "735U9hovB7xAqCb3tskdQcYIY/zJ9HvyqBNqFEG/Id/9StAlPQxhulepxN/9/SajDY9xfv"
    "bx9d+fZzTiH64//RY3T43L2w/Xb3Lj4RFsi3dg02EoECr0m6NvmTrnW+ec62qIfoFQob8L"
    "+k3ftEXKPeE/pK3f5QA13mYyRGqSN5/kIYCNWckMlZrcWyf3Als2MXXbubNk6vv3tGR+F+"
    "hyWFu0jgaxlRx6ui+o7+AJfh6fXVxeXJ1PL65G4LvFTyVnLivQf//pJu805hj3HKKA+pbE"
    "d6zapSJP24FTxRHtJz3yoYgxqXSisJiODd96kCgX3jiOTTAteR2n6XJDPOeE+1pB8QZ22G"
    "F9c339ITOib97n3wPfPr559+XZmRhK3sgKLf/FpaV8lcp3seH6KqU92ht6LElIld9Spd9S"
    "PnxAeS/V8F6STLMdfJjAq3dXv5O/QB/XYJY5wr2slhEcu65tGQKG3R0r4p6GM0UzWP1HZw"
    "C9eyC1OPxjRMkkhsU6mU5D99MJXNvBJmenFlwa3BGujxwaz8L2r5Z9jHxXA7xiG8Cubpei"
    "s69hX0NFbO7x/2hgtqtz05u4n4GuRGJaINbccS5214X4G/QxUJhWfLXgu523qrCXoa45uE"
    "rorivuazBPHvFt2ONQAeMsKMH27uwC72TYEOndsVb1sDrGPUp59TaGjP+d3d3Fv4hOBoRQ"
    "I7/nVDIBx7cWkZinux5ZEI9Euh05uNeU3Dj8YzvEnzO9DQjmBh7jrwPOqoXis8RvPHV1VO"
    "U9jqGdTpKGT+I8zsgfkllh3ZVaDSOCbmyFT+tvFhoLX47H5+eX49Pz6dXk4vJycnWaWA2L"
    "l6rMh2/e/wZmjlFatR7bPcr9ypvbPwZr9zgSO0cteyJfyI4ntXCUez6kaYbgb5J1fDif1n"
    "B8OM+P2cbxAS79KcG4PDCjCuWdQjJ6jXP3cQ7YkFuQKjGWMxFDiG3o3oPHmf+LGH4IUgOU"
    "c2TDm8oX9XKkVKRIKUG62b6cIRoeyt3PZ8ttAm/Yeni4XkzqzN5J+eyd5HH1CP+brOn0zV"
    "IND+fu569JfGzJlIH/+fX6U0lM34Ykz5lbho/+F9lWLcNFq1dfKr52Hli2b1H2Am77FCG2"
    "AFGGSS94EuedhnPcN3RQ8CT2yENzR+I0keJDasz7pggrcLeAW3DOKvcZ2meGA6GR+gvBWd"
    "VP4eJou7ZqGbfrTaaDUkWV9HV3xHqqHZ3ayzVQT6sCfOpVf0AloNpoh77R/u549yZ+vH4g"
    "ngceGJLtNt+kctNdh411J91629Z7ck0JAjUwWi8dxj95J3w8fuYdIeZjP2AI0zCPBiSVxb"
    "7jIUZ8NH9ES0zNFye5Udy1P41q9B31iUdMtPCcFeLbPvrqQ4dvHc63Wjb6TcxgG10vFpZB"
    "fmLokWDPfkRgxzIIeqYFk+nC5J9jfKYFL6fTMRy/JPzzbGrwz/OrCRxfnmvBBbni56/GV9"
    "Dm9OJSC6YTAlfnVy/58flLfv5yenXB+zk9w/z4kkyea3TBnxruysTj3RpLixJGDMwnqom9"
    "W+TyCcIHHZkOYfBc6J46a07hjxCn9B1kOJ5HOKuPEQBj+fzPM7T2HHrHEXiNPN56zRlzBG"
    "Mp7hH1+IqDxW84x/R/lnxRvIB8dQ59EQ09uxXjodIDHUJ22SE9EKwPuSGnRF6M2leZcY6O"
    "U6mAFowyeS0R06NJLmE/tsRcpQgPGHT1NNB1GHSligzsUbesItrKoR9WRFtPuM03gWWbIe"
    "wFNjO5VslfztOtOhXp/5Hk3RWbdJiy4uSfimnpE9MSjUqTF0JCMcBXQve1L5I10DDWNU/X"
    "5dTuL6PTPtI1s9fsGOY6xDTfo1yQa35+ZSJc377++vb1L+8OHOA6ILT3mq14Mz0lb/3M3C"
    "1/7WeWS39U+eoFr4rK7fHlvof0nVxM4IMh2f4qXOM2JANE+bwWyucVKJ8XUVYVxA5WQUwI"
    "hDrowRtYWrNEQzILdpdIDFNTp9gPvNZJ5HNd9HnzOLnzMOUPMUPRgUaxbTsGFueSQ43yf2"
    "cTkT5rhjbHeQNUndVwNq6xGM7G5enGx0qd96Oq87Kuf3ExgmYcap5OpabKOV73JfFX39ZS"
    "N/Dmi2w0rQYpJ1eTuMf51Xo6kTtMsCbdl7vR8LmY1tHv9XMWb4U4/zKqgW9+B1Aw1yh0Kt"
    "81d0gXGNvjds2UlDLrDWQXyU9W/vSrHVH6HPYyVJBUDpJ9ZthwowKnckTrp9NoWDD1mFBt"
    "ZtQQrwq5SSN+i1QaNJJGypyhzBnKnNHKnHHP/1pb9WRM22esN4xxqupknZqVbTSSe/Am8S"
    "BFJMfcbLQKcmTDCwA+u6qj+70q1/1eNQwhKYqlkmWzr9LyPRuKWrxo/OJXIB3QUyTDWko4"
    "qzzrWc5emVFLPeZ6t8cgQRzO6akWTIzTBcTnnOP4zHQyhzicq4urGVo6a4gdIhBGBGE/sW"
    "CH1pZtozlBzLEfiDmCWKL10lnxxiY/ILQYpHSIGyoGsecMIgtWK+xJvADLq7ylSPrMunQB"
    "7F6KvAWu2dJMmqVUZtK+mEljjFJ20mK2VsLfCJRZHPiGpqYipTLmHYHXeF/jCttb71ITUR"
    "nv6po8iqt3B2vHCiqO+A7dOZd/3M+AgJdIBrXCHWLN8yGCHfqwJ+wj1GEnqSsMZpCIW0mU"
    "Q7mctUyadByLl47zAzDg23OclQrI65f8Eo9NXdVe3H4QkktOqVdHfXpWrj49K6hPxYRvAG"
    "7cXoFbA1x+O7Fj6ZgLPRJJkBjWCgqDyfnWHG1eFgyJX0SdHCH6VYkx3r19//H1h2cvR+Nc"
    "+oZ0EoIs2CuCWeCB6Nwc7ALtzmD3U9faFdbxq7OhLJYjUzJutTCWZlB2lMQG6PyU52lzk6"
    "t99K4DVWVVedqelqc9GrD2acVKTa8yoSqZfFskK91JGm61X/2+dBBvztAzx0NzJ7hb+s8R"
    "RqKfV2BCEn1B6jaGHGo/hleYSPNMTMQlL1K0UXXVqVTGS4TH8F8qya5Xkh3jYgbRXeIZUb"
    "mnmrGVBbrDhVeenZ7uSxjpOLoyXN3NJnKaRnFn+Wgt2EKahmmlaBSg1exuslfvyOsOLXNK"
    "ntFNL1I5l1uYtR2g+o0NipfNg5peqE1Fh31yehszjoTRy9h4angqrTLtlU/4YBkr3/Kb1X"
    "9LCAao192LV7jJ53/j9MYpmq5THPdjm5XqF4tJjk2+BbXwjUqRdeAYdTwa2p77QYlT2VBE"
    "h1ny+O9SkS5Ncjhp7lhkOXAxbpq9YEOiBI9qwUMettiYQ24YtdhTaLcHeG8mVp8Y5ThwWc"
    "Imp2Kaa6R/1N1U860q0dei5AVFDm8JW60oekG8TaV5BDU0Eu96qNpR6pJ/NT0PXfKfF7Wk"
    "e7yP4uZ7sD1VcfODj0CELYUK0x2FoGXYUWZIclKjIt8byLMBNEn/0ijY7vmvxYJ4hEMxQ7"
    "kTGt2kAFlZjPG+UxGP8SktvhtkYkmaFc9p1IHVMkPiK79ea8klndekTsNamC/l0R45ssNN"
    "lZMnWId7ifcIKz61XaMb6gNCz+c8bQi/oOETnn9qfGXCixJ2MTZDqR8a5Z8iXmyG4qM2q0"
    "PlLlRBOV3kLoznYIthz5EqnUOfdQ59jA/q7/CqqhI9DrU4XAnklOeVRG7OOWZVlEHONVSW"
    "pcHKok9fHelpy07vWYIbvKi/sDzm6x65C6vi8rO848I5DWIfKOOCe66p9LQQ2ecWBZEjPm"
    "ojcpzXETnOy0WO84LI0Xe5sLhFmR5e+E3lQkE0Q+JLoyyYryxfZLVPDiGfFOGD9mCRNWSS"
    "io+hNX95kBWhMAP+CCwvpCuc1Cg2DOKGyfKjI9DouNjzo4Zh54VTIJGKyfKYtMmdiFsQL5"
    "Ra42M+sRIVK9EtxgIxxQrn4Dls6yEkTw6hVz/waNhneKTRteUvOVBrPpmTQ2j5L2L4Ycvw"
    "qB8aJVVl5GBVRpKAL9ezDJlfQa1osYT4B4xgOrtoEMK0dFaEAxg0cjzOEh3Q63hf07pjOz"
    "WfZTaGODrL1EO+TyfUaKaLLuthCCn6Dq2XFhYQ4nkOZ5iAVWq4q8jIf8B95bLBtiIg47fg"
    "PO2qldJR2oFSPfZa9agMCz+gYSGRbVqMe55Wre8+r+9Y3Gyzm2dJ1Tj3eZzBP7uFV3KgnJ"
    "KPYXQXFrXYstUqzpGqce7zOD8QjzXzPU9RKNfzvEgf2fao39CunqdTZfNUeLaKJu6ff0Jp"
    "NLG8JF6yrDuAtmZIcT+X/1Zg8xvgDjlhyQOhu9YqSzlzvHsgR1l/vFZeohX/P56F7e7g+h"
    "j1OFTEmE/c3dHynAdsf+VdDRUmeP3oxpIY97uWWOQdvYV+bjC7HypaHAy6e83Orzb+Pexo"
    "qDgtICXDbiDF+9Ovlj0kRiUv1JmWses78LNHvgiHj7+F3Q0VrcC1HWzuCNY30clXwmLZeI"
    "hIrfjfw3c7r8Cwl+Hwsm0LwHrEIPwpouq65aDWLwU76BK77Vy1Q/a92l87YfFrOW3rJGm+"
    "NeCZ9+w9hn6YImGDKAYGXgCwTYyQRZHjmRAX6S9JmLrxJ4ZAK2pblCCLIbAIooXnrEryQe"
    "7jBh27lb+x7kqViVLtjESPGM3T/no6h3rEl+Px+fnl+PR8ejW5uLycXJ0mCsXipSrN4pv3"
    "v4FycZRWC8faxnJ38xYWN2VK75XOvo4pHRvykOVyD9MNRZ+93Vu7l9byLq1wLs17JcFuqF"
    "c5o5fYvbJkQ/DA27fDNJ/lzXHOECmUt6PMlz/4JDrNktxlqRTO23GmjizDXbn3btxepZBo"
    "7KprEh9bMq31f369/lTmK52Q5Pkdy/DR/4oU6XsDfhPMCJUXfIuyF3Dbp4hnBIiqBySPfY"
    "6HgQ4KvtNit2ho9E7RKIO31JFAyJutXAlSlMr4XW38zgVk72inHWaBjpHcXpuaZduTa4v1"
    "rizh25BN7YoZTPkDoE/fPnyoWZcn8OfO9900tUIvdp10NJCpnJmTlk9Wu5rdkvDb936YCH"
    "EoQB0om0biMlCtpU17FtRT1K7SFFt1tdeUIGGxBkYQwcRAzgI5/GyqTwjHdh4sk5gjFOW2"
    "GyE+IsTziIkcD3nEtbFBzKKqdg/9S6v45F5nUUi4CPE2OF6qrE+/coQUxqeAeUV9UQmtUv"
    "HVUPGJtK9ypOtlmji04B7tBQ2n9kmSkjPJwxlvL5uNBvIxhPvLLNlpRJKQlSUSQ4g0IdFx"
    "flOrM3rd5yaMn1IPqG/ZcptHmRIgT7ljaYF+MpnS+NxiZQFnDtkzpPJl+Z6TIRqeWnBaRy"
    "04LVcLTgtqwXidtQilyZGqUJo+h9IolY1S2fRJfBu1VNmUaxcOJA/ehKNTJQuKJqO6cqAf"
    "t65ToICPIshlKXrhU2P5DAnf71fiMCXIMXQbi6ZfNvz4LfKcNZOWJuj+Djt47JSLHNsZ4W"
    "5Fjn048PwQGfQq8k/iVSN5Mm4/QBlyWkeGnJbLkNNiUbMjqx/wRGzcfioISINwyo2/CcHh"
    "Tb9PA3tnRt4CE1bH+JDSS3UUrpF67x3vQB1cw74JM5OzU5kwtEpeSrTUWdy005zVBZW1yM"
    "2r1NS9UlMPPtdyUkFJMN6pikriN6Te9R7IY3w1/Ytzj5zTiC4khxrlg27GpzfH2xPstuEl"
    "x/WqtlYUbS2yN3Fm4LbDnu3hKAZ/M+wahVh/cSo6EMMsBngzhJuxiydIPDW4kGA9WLaOFw"
    "vM5Q0uKaR/9mOI+55wW2IHWWPLb2EHichmKDqA/Ni+9QBlz8Q3/y3ecSJfdnTUVZ7pszrj"
    "dlY+bmeycfNaptLLUCp9cp/1ySrB2pBHVyVY+zHG2XH5aDXTEKVIVGhA8yzeygy3P7d0iC"
    "wGe/S8aeG4AqFy+M/5Ynh3mG/rbeathFShq8zHPfD4T8/MDoC+znV3lDN5K9CS5Vwj1eBm"
    "g+0A6GFHWBTeRTskG1SZu57GuJEOTZHYNnKRK+WmDZHLRd8Ey9QLE8ALn3g/h26xaImpaR"
    "MPMd+ybeSsiYl8R/j1i87RM0i9IhwJwjwMmDcS93sujxHoqnONavR3DwonUDR/RLdrx7tf"
    "2M76hUcMxzNvITlMjpr/xj4KrzNxUdxlhJiD+MOQ7xbzGb+7/ahRaxG2TpOHD81eoXA5mb"
    "Jb8FPrpWUsxYXo7/3EEDwdsphGTf7nxA3huji75MNHKNzXIC/QLeb/aOX67Bbxe4RPydaE"
    "uPwnfuDwJZiJx7vnV3ivC2zZHGMADwhMgs2fOTlHGoU+NnzyQiYcZwHV57xHaMv/8YLvnA"
    "/EKw+2SHIBRTfdzWylUuXAtUOkyomHqzAE5c4xKZI+2zJa+sec1TIvnFXYF86KBobjqvVz"
    "0FUw4PxE0f5cHPLSvS1NoooK5IsKhDxK0/dFmupwmA7ixVGhOUje993pDIaWYDwvbqUnYp"
    "88zmWuZRJRosQDrVykiKOOdS9HsT+nqcTDXQX49s9zqmlQrwrkbRDIqzzcn8rDvRzjJ/Nw"
    "35sNMxe3Uaug+XlFQfNzWUFzTzKR3ziOTTAt2yg82Vyec5p9IRxv0IfdfN9cX3/ICD9v3u"
    "cNwd8+vnnHxdNc5eEiL70JZdexbYM+rTHosg4OOATJmaMdg4XjcR6pUfxGikRFcOyQpo9f"
    "t+TbeakcmSZRsnlJwb+ECS9NprDdn7akqwFyKt0EPtaz7yeiUXcCexx8fGRj0MbQn5qHfR"
    "Lds0WhJEJ7oWpUubi+qVSl+3HjrUZALZhcXGAtuLwkEy2Yji8XWnA1X/Azk/H5dIZwKmdO"
    "krKLn411A6/4cRjsQbww0puBuUmY/gAeSeD4YW7Zce0HpU1Q6cIGoGU4LjvWYaEfriELPB"
    "HaRGBsyJRrfq9d8wOfvzIb7aApksGptca11FrjCrXWuKjWUt74yqv5WISd/sk5Kb9QiZCT"
    "9Rotl3CYjfV1quH2LFgUOVBDNCAookPPtODl1dUFiBzT6XPwixNOiJAQIkxXldSUC/0SLY"
    "ZMi7nY55KGcFmMvKdkGbH2fTep9TROZWHzHmxlMu2XkBMOivS9vF2PlhD3WbSJHcdn8ZzX"
    "aLQIZvFqyC+UWl58ncea8zuxVpJPhlAJPn3hjGt58CmmTQX6HSe68FpviGqKRE3WagkjZp"
    "p2Fy0ymceOE9qtskVqYtUojqSENxWS2leg64ekPpGcnC3BJJOVC0WaKuTlpK1uxY1rhQXy"
    "XY13Icr6YLTpBYHdhTAfxNqrqylY7+bT8+dQzQdMcn7gUSHxnp6easEFWUyfzxC2beHTAi"
    "Y8P4x8KwjOh7mlsgj24J086rtFsGcb274NgtGyawJ1iqTPiomWEE9qGQ8mFcaDSdF4oAKf"
    "VOBTD8djKIFPv1oC3tKIJ3G9klNKQp0WcdNafFLg2g42OZ8BZCNEqOE9uql0AWGJKcR8Pr"
    "lQwAfZQ7dJ2alb9IxCTD5nZIAcnr0kkcJ+brMDP/RE9bZa8EWHC1rpqNxWz9mjvm1h++aP"
    "yrOFy4E+hgzhLcG9qoHtVSm0V4Xcv9b/yOKEKvihmELxQo14oQzoSzyeTJtM6A3FAKd09z"
    "USwXpv40e9aThnnm6AYI8nkzpuWZNJuVsWXMvi7S+D1Zxiy27IjOTphqcr6H5uK+fhcuiH"
    "a0M3As+TSszV0aUbKhXVWz+iVDks7NGkHovRzZM+FykVuMqFtw9W4NTM7ADnmulyjxXg4j"
    "LulfH3s0e+iLjGvxEPsgGcyOJB821GlSGhHgkjJfWHVPOtqs2bJUHAE6z4XDQQ7+TnsJef"
    "GIr6QQ4Vjsyx3hTMtsKxOZivLMZ4PyN0T1w/zLdaqBLV/R2gDhLnObDxiAxM0ZwTEswCD2"
    "zAdxiSogpNKX8fe/f8JpA5GfpAz3zs3REfacF4PJ2gl1fo/4xQSluGLnZWlirj8Q9jPO7b"
    "xrhv7egT2QF+MLk7tXe3CSNIkfd5Up849zPk3GsU4gjCaIK4cF1cti7/GnkCrfWC/2l5mv"
    "yKnD8pmsMn/Ult7vPAsn3+LnwB93uK/X0vqYCUWqp8KQxYLQWcnI55j0RWs6JSN5Ujbaeg"
    "6tlLSOmn+gm+UqH0UYXyNAL+N6F/+EqE+Hoike6zDUZVon2oy9BZqu32cGjOR7FgBV1EPk"
    "Vc/g0YOntxiiAH5/OZEJLnjz5hIFcvsIewR0LHIi5Is5TrEVTElsVA7+UWHUvf5bKJck5S"
    "zkn7GoTuxW/lbHBYZ4Oo9yK3WeG0tKFRbkut3ZacxYIRmQm6AvgNzWCSvR4Y9YP6PvZMnN"
    "qrEkkwNk00SAmBUh91rj7igpNf8vbcrltNiA+YRM0jBrEeohxITRSsCSHoU6NDjRrOygX5"
    "aIbio7DIIDHh7vDdRu3aff4WZWsooqx8/JQytQtlKvnucgGMtRj1LOUAR/1IRjnGpHKYH4"
    "jHpNrEUiY6RTEYLnovJROUMrzr7FJr/qebppVK0ShAq60LAqsO7AoDdxlMTymV+2gfCPfb"
    "ZPPGc7BpYCZ1xtxcHFWZaqjjW4v4L84zNDVMNq7D4XlEgQtMlMggC9Hcj0jMTPCKFH6NS4"
    "cRioiQR9kIMXBdnD8iPhMCgv7lzBlyees5JJaVGW32cxPlNNmDd8CowmrjW77dyHKQEAzQ"
    "ZHBVR2VxVa6yuCqoLFbYuzf5EioifEO+l3DcaZpBgFwlQL37+021Pi+Rnz5cf/otbp5X8m"
    "VBX/orScblcsDj9grsFmBDpSb+332Ip2ik0S4QqmqIygVSae0aae2ADwskq66+6SKQLb19"
    "2i4EqxjPwtqGi5BqFjKapkY542kKM0Z0oFEoVTRD8NnGWNGxec8jhuVahMpsfKWatiyRUr"
    "bllW1CqpC5+pYimqJQcJbAqcdLphmmCZkCtlCXO3qhNo4xLxCqjPiVCswNXofTYvYT160q"
    "tsLUymjY+FOgT98+fHgqFdsvxLZA2XQi0bAl10a1FWxmmqSGfm1FGOMPFscbO4HPLBOUXZ"
    "hSYs8ghfSKT0xxEdRbzyKCUdxEkrSxs16lFZ+ipnA9aqzKPvVLrxYPS0vWPEXeZ63EyZrw"
    "J/VnKPzmfPmKcZ58VQj3fwIe3Ccr1y517CpRbqZo+ox7W5foOs5C43JnoXHBWegIBVA3lB"
    "ibSqBuLHG6scRZlEHBHCJ+wkq4t1wXRNbooAuXuo5XCPZhvjeSUdMkivPPc/6cC9HnZMFZ"
    "z6ZKuCylqrXcZx8qw8Z8DFqpWjOUapT7PMoLi1ps2WqYc6RqnPs8zlC+jctlnu6RRRNWMU"
    "83uBrq3RvD+UuuETcetx8ctHspT68sgOXoD9cCGGmCGmqas1TKUbZaz5zStu2oZP646ek4"
    "gd2qaM7OrD75cf7GpzU5kWiYwwujKvXyXdJkqzr5M+fx6c82pncBaH998h3K8uDFAhHT8q"
    "Fez8fIvwuqFk4n5wstuJxPplpw9ZKc88/5Yg7VDM+wFlwszEstmJyfTUeIn7syCP+cTl9y"
    "unPzlNO9POetJuMLkx8vpiRs+/wVugWXpltkMfDaLOim+/eIGmWYWj5UWUcegfJF/FFHaI"
    "VNoT9n+IEjzRzEOYIlv4IC3n5BgFjUNWLEeyBmubo8Dku+J49KT94vPXl5hPl29eExVNrJ"
    "OLfDE85Q/oxGo3qKs7gEKugK/4D7/6FRz2L3Opi3DE6a+tFGfziux3ZWcJ2F4khEYnutyA"
    "8QNu/zgLWNw60D7bQc2mkBWuWZnQkmrxdNXhVOrpyz++AvrJyzDwg2C1Z8wjbaolMkSu9S"
    "R+/CfOI2cnxPCFQql+oJ38YN3qFchJEGX5ZP+QzRASc9ttf4kR1m6u+hbrjDSpAutR6nSZ"
    "T1OG89doO5LexGRUQrkxln6FSprfqpjMNY1zYa8yyl0pj3RWMusfhFT18c9RYlwHKEyj27"
    "Um2+wasDzfmw3bMLU6tX7tmx1UKiO08ZNGo6Z6eMKduV6deUIIvOne+JNzUkJog8pplDX6"
    "Bbk5iBS/R78niLVvieMKSdQAPyALkJtGB89nIclpEKe9BOEC5oxPd0H42C3nOOGUFeYIPq"
    "Dy0xNW1IqOChJA9EmC8B+Uvs83aUIX9tGQSqWHHkEN/ZOB0jwKXCDWrmVfjHJp4MCGA/h9"
    "cVb5W7krL+/lMpw5UyfK/KcMMgkNidr4ToSKMscF07TP0dpQEHp9niSd6SC856GOeZHEKB"
    "oDsuwRJBtjnWOEZetO0Q3WJMhI8Wz/ElGkaLwOXkEHr1A4+GfYZHcSmi8Fx4BNQL4nnY1s"
    "0Awk9Tv/jz8jcc5sRE/AfCBKnkJG9pYx3KHYXuxJsf4RUH6jdB96kfGg0Ttujhq2OGMj87"
    "Nht07jaudNt7dbSaO6aE5yrXscbtBwHuoXWsgXfXvDj2huiAAnty5mgldtui9022jbi90m"
    "TX0WS72MOrplnJI4p+6LLhtoPRZW8kjiZTPks1uDo2Z7UM7WcVlvazoqlduc6Wo3+cisA6"
    "rrOxSNxwyFNkKrKjP3re4vj2JDnz8Yxwg9zMiQapIbJ5OuV6Xq1Dz2jqDqNC7ymuW3Xo+a"
    "nV71zN/dwVdk3VXMdSkWZwhbrNkpbvjWh//esXYuMSpwFJipiBTO4/92nP+eyBmpLAbJaY"
    "dFJXR7WtOm6WqE5Sa2FY+YnF2W4YwtREfwQW8dHSCTz2ClEHec4arQimIkoARfAz9Gzu+M"
    "sNpUNHBZNO53fQKDSAUAPLILzXVEelmXpUrEGfzCthkpqGmroNkXKtqa+oYzI9UiXOTKpH"
    "UiBXgCx2IF3sQE00RDmy4dVEOzuroyI6K9cQneUVRMpTrBz641QQ1fIUY43rD6VIDvt+Pg"
    "7Bton/UnYcioNwTcmNwz/2LP32Afrt/mNsS4mi7oSHr8E8+StvHZHy7EQiRcia1RcnjBRF"
    "HSexn2HzRCx1TxR1wSCE+YKcnmrBdD4+45+n40sIYcZjCFQ+nTwXfH9Y5eYOP4AfmDizsq"
    "j1s+s5dx5eIddxA7eY5PNgd9aoRn8nb8FBDNu2s2ZpTzORPTT2p0FxCkMh7CwxAxnn9ef3"
    "yHcQZvdcXuHiDqaPCHsE2WThc7mGOWhN+GMHkL3uP87C4j/YWKLbsNfb4mN5xHU8n0HM93"
    "h8Nk7RxA8FEPC+T9F6SSiKH56yNZfK0MX52ekZesYfLQJLPEpFwtN4C0gSNKow7l6JVirZ"
    "5gG8pjyy4veKclfWDLnJ0KiYGxUCohj7PjH2/VA/dxz3IWXXlblqF5b9YLEer12XYFvG0U"
    "dXKpn4BSEmPIeON4238u9acDk5F2mFjJdaMHl5anJe+er8aibYTjH0UXqiFVnNIVM+5zX5"
    "JctDaz7IzhpU/Dbx7p8jhh8ZwpwpnZiEiB4vIEnQCtuWYTkBZ5u9AhN/2NtrdGXx3u4JfQ"
    "VRHYEL9gTGezSJYXFglCWhLztcFbvLX41MZjQud7HeUAyC1T14IosfOM984C75n5uh8FsW"
    "hpLf02opyesl1KnIp5MXT2AHY6C9ked5LV8bBcIBuGsfeoGEr482gkyWUrk09kduKbo0Kk"
    "fl8t3tOMXVOo7KwExz3Bs7W+bplOCa9/vHrGnm5BSJgrPkHdQ4s0aBULlbVxc+5JOwAw3L"
    "F848Jja3t1GfxzlztxdA3KzbWo7B4cap1Fg1HIIz75gMuF/4m+/L+7c3JyXbxOHg7eeusB"
    "XdwsZYAu/T6Ap/jbR9N9i7I1IvgFyLUS3dob9pvFV3+LuwKqP/+oIM3iNyHUAYYf8FuoUT"
    "cX5xxJaO5yMPU9NZIRf7S8TIHaSXQM4CWZzk25cPRft+570rxV4PXqyjCsUeDKtcy1TCDk"
    "btBxhnWyvMtiLKtpAqfOjJbUJrwCyyCkC6GrxYzELbgfgFDcVvOAA9nkE4NajxxEE/tHji"
    "u8EKiNv3eWjaroF9JB1nhuMSHV4STVDOUu0L66fbbi5qQX1RAfVFEWrOOVgPkslcGYewIV"
    "KhCPVDEZRisnyiD1cxaTirFYfZb6rvydMpdU92NTneHaYWa5O6QEKq0C3YkheLhrCmaRSe"
    "f+a1ZX3Ms9GHwI1u1b7ptd2B6uw6191Rzt2tKjTJhlhDRynWu1JPbsE2vSvWADV57XcA7N"
    "t0X8NEN88lNdb9pvzV+PSndzum2fgiOjlCDrxBko2ayWEaxh7ulhqmDy+yXRPD7CEQMZqO"
    "EqvDZqLWsDZ4m8bbrA3loCm9fg84p1GFXt8mD0RSdq40bCppf7iQqX2qIDqOmuJ/A9a6I8"
    "s7UZ4sNkulEsZmlDzdFD9braSp4spdb1Mkyum2sdNtlB6qrVUrRd5n6wl/kzMLSgyE3xp1"
    "qG1R8Ru+25itrmoo+6/KE94XbCpO4BklVqsa0QEJda9HAeLv9Sj+fobSvzS6nMzQctLKgD"
    "iuY+Ial1u4xsUwAEiQpi8xa2ThypENLyvRtE48+LQ8HnxaiAd/sPh6bJofPEM0OLeFveTF"
    "f3DACauhHXFDpCo8DNaQeNCJPlw7Yujx19B4kCFSvvj5xBZPleKgZ+/gvRhiNh6qO2qxi/"
    "6xxzlZt6oHM4u1hqngsDkk+jlnW6eQ6Lxe6LbIk9iKEKvFa9gSWoSeHMko/dlUj12AQqbS"
    "luFVQ7sdj1edLBybpBVaMJ1cis/zlzOocOo9ZpNaOC6hIgfdCJmBSFy3drx7jhYy8SN7FS"
    "a1Y4gRItzfw/j7on/9ge6ptPM9eJ2OKrTzR5jdAWZjQ5AFzUzMY40KMRxyOEQHwh0clniY"
    "1yE61GiYSEdUTI2OOK0QLTlpImI+vdu4cms+mFsz3/3apHlIqAboY3sksnCMSaUwHG0ILY"
    "Y4S6kyefR+lBtnyslSKYtdY4td8mZtVfgvS6sWWJ8XmJeWmBovNDm1WnDNTeRHpc9XgUHd"
    "KPRDp7qmtSHTRKp6RpPqGdnUJdje0dN3k+r1yJZUK0/fjQfoTk6+7d2j+zA/t5fXTK/Off"
    "v2viaeZSxPZFmIwyujKu0n3rTpjUtvqaepdLuTuJlGY9LbedSNj2m5jvCBeEzqi1/h6rIh"
    "6bNnV1tXl8mkjqvLZFLu6gLXCrF8TRCOmg8Q3b3kfuB39KUOuuVO0ymSw3tMPw1b1JlvdA"
    "MGqvs0WX/+f/W0gEQ="
)
