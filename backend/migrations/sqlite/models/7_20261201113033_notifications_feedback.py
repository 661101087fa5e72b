from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "notification_broadcast" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "title" VARCHAR(80) NOT NULL,
    "markdown" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "community_ids" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(8) NOT NULL /* queued: queued\nsending: sending\ndone: done */,
    "recipients" INT NOT NULL,
    "batches" INT NOT NULL,
    "batches_done" INT NOT NULL,
    "created_by_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE SET NULL
) /* A policy update for every owner of the chosen estates, sent by queue jobs per batch. */;
        CREATE TABLE IF NOT EXISTS "guide" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL /* application_type: application_type\nproblem: problem\nfaq: faq\nrisk_notice: risk_notice */,
    "key" VARCHAR(60) NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "markdown" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "summary" VARCHAR(200) NOT NULL,
    "steps" JSON NOT NULL,
    "condition" VARCHAR(40) NOT NULL,
    "position" INT NOT NULL,
    "published" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_guide_kind_d8b760" UNIQUE ("kind", "key")
) /* Plain-language text staff edit in Markdown (政策解读通俗化, 风险提示前置化); `html` is the */;
        CREATE TABLE IF NOT EXISTS "notification_message" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL /* accepted: accepted\nsupplement_required: supplement_required\nstep_done: step_done\nregistered: registered\ncertificate_issued: certificate_issued\ndelivered: delivered\nreturned: returned\nrejected: rejected\ndeferral_due: deferral_due\nsignature_requested: signature_requested\nsla_warning: sla_warning\nsla_overdue: sla_overdue\npolicy_update: policy_update\nrisk_notice: risk_notice */,
    "title" VARCHAR(80) NOT NULL,
    "body" TEXT NOT NULL,
    "urgent" INT NOT NULL,
    "link" VARCHAR(200) NOT NULL,
    "params" JSON NOT NULL,
    "dedupe_key" VARCHAR(160) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "read_at" TIMESTAMP,
    "application_id" CHAR(36) REFERENCES "application" ("id") ON DELETE SET NULL,
    "recipient_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
) /* One inbox message for one person. `dedupe_key` makes "one event → one message" a */;
CREATE INDEX IF NOT EXISTS "idx_notificatio_recipie_cdda6d" ON "notification_message" ("recipient_id", "read_at");
CREATE INDEX IF NOT EXISTS "idx_notificatio_recipie_35bdc2" ON "notification_message" ("recipient_id", "created_at");
        CREATE TABLE IF NOT EXISTS "notification_delivery" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL /* wechat: wechat\nsms: sms */,
    "template" VARCHAR(24) NOT NULL,
    "status" VARCHAR(8) NOT NULL /* pending: pending\nsending: sending\nsent: sent\nskipped: skipped\nfailed: failed */,
    "attempts" INT NOT NULL,
    "not_before" TIMESTAMP,
    "claimed_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "provider_ref" VARCHAR(80) NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "message_id" CHAR(36) NOT NULL REFERENCES "notification_message" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_message_f5188c" UNIQUE ("message_id", "channel")
) /* A message on one outside channel: at most one per (message, channel). */;
        CREATE TABLE IF NOT EXISTS "notification_preference" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "wechat" INT NOT NULL,
    "sms" INT NOT NULL,
    "quiet_hours" VARCHAR(11),
    "updated_at" TIMESTAMP NOT NULL,
    "user_id" CHAR(36) NOT NULL UNIQUE REFERENCES "user_account" ("id") ON DELETE CASCADE
) /* A person's channels and quiet hours; no row means the defaults (both channels on, */;
        CREATE TABLE IF NOT EXISTS "notification_consent" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "template" VARCHAR(24) NOT NULL,
    "remaining" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "user_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_user_id_4a51a3" UNIQUE ("user_id", "template")
) /* One-time subscription consents (一次性订阅) the owner gave in the mini-program popup. */;
        CREATE TABLE IF NOT EXISTS "feedback_target" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "kind" VARCHAR(10) NOT NULL /* window: window\nstaff: staff\nstation: station\nreceipt: receipt */,
    "name" VARCHAR(100) NOT NULL,
    "scope_path" VARCHAR(400) NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "community_id" CHAR(36) REFERENCES "community" ("id") ON DELETE RESTRICT,
    "organisation_id" CHAR(36) REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "staff_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    "application_id" CHAR(36) UNIQUE REFERENCES "application" ("id") ON DELETE CASCADE
) /* What a QR code points at. `code` is the short random path segment of its URL. */;
CREATE INDEX IF NOT EXISTS "idx_feedback_ta_scope_p_b4da04" ON "feedback_target" ("scope_path");
        CREATE TABLE IF NOT EXISTS "feedback_rating" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "level" INT NOT NULL,
    "indicators" JSON NOT NULL,
    "comment" TEXT NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* onsite: onsite\nonline: online */,
    "source" VARCHAR(12) NOT NULL /* mini_program: mini_program\nh5: h5 */,
    "device_hash" VARCHAR(64),
    "visit_key" VARCHAR(200) NOT NULL UNIQUE,
    "voided" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "target_id" CHAR(36) NOT NULL REFERENCES "feedback_target" ("id") ON DELETE RESTRICT,
    "user_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_feedback_ra_created_2526ed" ON "feedback_rating" ("created_at");
        CREATE TABLE IF NOT EXISTS "feedback_case" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "status" VARCHAR(10) NOT NULL /* open: open\nvisited: visited\nrectified: rectified\nappealed: appealed\nvoided: voided */,
    "scope_path" VARCHAR(400) NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "visited_at" TIMESTAMP,
    "visit_note" TEXT NOT NULL,
    "rectified_at" TIMESTAMP,
    "rectification_note" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "rating_id" CHAR(36) NOT NULL UNIQUE REFERENCES "feedback_rating" ("id") ON DELETE CASCADE
) /* 差评整改: every 差评 opens one, due in working days; owners see its status. */;
CREATE INDEX IF NOT EXISTS "idx_feedback_ca_scope_p_b33639" ON "feedback_case" ("scope_path");
        CREATE TABLE IF NOT EXISTS "feedback_appeal" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "status" VARCHAR(10) NOT NULL /* pending: pending\nupheld: upheld\nrejected: rejected */,
    "decision_note" TEXT NOT NULL,
    "decided_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "appellant_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    "case_id" CHAR(36) NOT NULL REFERENCES "feedback_case" ("id") ON DELETE CASCADE,
    "decided_by_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE RESTRICT
) /* 申诉复核: the rated staff member (or their window's clerk) says a 差评 is malicious or */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "feedback_case";
        DROP TABLE IF EXISTS "feedback_appeal";
        DROP TABLE IF EXISTS "notification_preference";
        DROP TABLE IF EXISTS "feedback_target";
        DROP TABLE IF EXISTS "notification_message";
        DROP TABLE IF EXISTS "notification_consent";
        DROP TABLE IF EXISTS "guide";
        DROP TABLE IF EXISTS "feedback_rating";
        DROP TABLE IF EXISTS "notification_broadcast";
        DROP TABLE IF EXISTS "notification_delivery";"""


MODELS_STATE = (
    "eJztfXuTm0iW71fJqIgbbceqHVWqkkpW37gRttvd4x3b1WuXpyd2mMApSJWYQglNQsm1s/"
    "3db57kIR4JAoRUCOc/EoI8Cfrlg/M+/z5bOyax2Ysb7w5Ti2HfcujZHP37jOI14QfS6yN0"
    "hl13exVO+HhhCwIn33LBfA8bPr+2xDYj/JRJmOFZbnQvGtg2nHQM3tCid9tTAbX+CIjuO3"
    "fEXxGPX/jHP/lpi5rkG2HxT/deX1rENjOPbZlwb3Fe9x9dce7Ll3c//yJawu0WuuHYwZpu"
    "W7uP/sqhSfMgsMwXQAPX7gglHvaJmfob8JTRv45PhU/MT/heQJJHNbcnTLLEgQ1gnP3fZU"
    "ANwACJO8HH1f+LHi3VTNc/3tzqn9/e6vpZA+wMhwLuFvUBqH//Gfa7BUScPYMbvPnLq0/P"
    "LqfPBQQO8+88cVHAdfanIMQ+DkkF6FuUxXcB5zcr7MlxjtvnkOYP2gbj+MQW5O0Ei+GLAT"
    "oApGdr/E23Cb3zV/znxfl5BcZ/e/VJwMxbCZwdviLC5fIxujQOrwHeW3xt8kBsOcBvabAW"
    "IL/jD4WpQQpgJ8R9RvvMsPzHOYJPjZoWQG74cxQfaYA4IfxM+H3WamRqDUzFuOSHxSQu9v"
    "w1oX7bscn20GqAog3l0OPj2phSDvYcxUcaXTkBE6eiA436+Bt/IvxNox65g7HjYxof8TEM"
    "vAfCz4TfGjWsB8vW8XKJLY/B4Kd+thnhcZ0RHpeP8LgwwsxwXKK7mHffYHvLUh1q2RXeJE"
    "fb465q7XFXFXvcVXGPMzwCcOhYsph+5ld8a03kcGcpc3CbEemL+KA/e1599PkfNG+o/RiN"
    "egX4t+8+vP18++rDb3C7NWN/2AK/V7dv4cpYnH3MnX02zY1T0gn6/d3tXxD8RP998/Ftnj"
    "NI2t3+9xk8Ew58R6fORsdmaoLGZ2PUMqPOtz+++enN2LQM0R7c2nG2ziPwZsD+Lu+lrFmI"
    "VRHdXxyPWHf0r+Sx8IbKIVrC+Z8kttuz20f08CYRHLJTi4PA/zrxBQyf+FT/9O7N7ZlAe4"
    "GN+w32TL0EdmNl2Sbvqgj864jyl79+InaC5veEeWYDCBgJX/btUfrCuxgoOoazXvMH9i2y"
    "J0Zvoo4eT/D1Vwsp4Er3xOhni/G9Fdu/8a6GChPzibsnTK9c13MesP2ZdzXQZcehAAlnT6"
    "A+2/j3sKOBwrQkxIQXoe5j7474e8L1S9TbrehsQJABv+CMnRSfkOEgipfW43X+DKb4Tvwl"
    "uDfcKf3uk+hp43diuX4WXrw6NgwnCNlDpZ8drn7Wc+wS/exuFVVM22vtobPhjzFH4kujXI"
    "z17udIfGl0q2PTPfJgkQ20lJzUKH+vucTzH/VwufFm+TPQ2wOx4SSnc6Gf1E/QcPHDB4s5"
    "Hmi54mONYnNt0TkSX600W1d1NFtX5Zqtq4LukjM7Nn7Um6ru83R9nhZ9UuHDdtsU6zRNJ7"
    "rh3bvd0UCe1pnR0/IZPS3MaBcztnH4C3WFWSN1bYGwx3r4lmiPa03pccWUHhen9IYYK+zr"
    "fPejstd4OeAFQjW5d03uCDJGGONPpt+TR51Qowj6LfnmV4Iu6WEI071KJf7277cZbXiM87"
    "MPr/7+PKMRf3/z8de4eWpc3ry/eZ0bD49gW7wDmw5DgVCh3xx9y9Q537rgXFdD9AuECv19"
    "0G/6pi1SHgj/IW39Lgeo8TaTIVKTvPkkDwFszEpmqNTk3jm5l9iyianbzp0lU9+/oyXzu0"
    "CXw9qidTSIreTQ80NBfQdP8OP44ur6anY5vZqNwHeLn0rOXFeg/+7jbd5pzDHuOUQB9S2J"
    "71i1S0WetgOnihPaT3rkQxFjUulEYTEdG771IFEuvHYcm2Ba8jpO0+WGeMEJD7WC4g3suM"
    "P6+ubmfWZEX7/Lvwe+fHj99tOzCzGUvJEVWv6LS0v5KpXvYsP1VUp7tDf0WJKQKr+lSr+l"
    "fPiA8l6q4b0kmWZ7+DCBV+++fid/gT5uwCxzgntZLSM4dl3bMgQM+ztWxD0NZ4pmsPqPzg"
    "B6+0BqcfiniJJJDIt1Mp2G7qcTuLaDTc5OLbk0uCdcHzg0noXtXyz7FPmuBnjFNoB93S5F"
    "Z5/DvoaK2MLj/9HAbF/nptdxPwNdicS0QKy541zsvgvxV+hjoDCt+WrBd3tvVWEvQ11zcJ"
    "XQfVfc52CRPOKbsMehAsZZUILt/dkF3smwIdK7Y63qYXWKe5Ty6m0MGf87+7uLfxKdDAih"
    "Rn7PqWQCjm8tIzFPdz2yJB6JdDtycG8ouXX4x26If8v0NiCYG3iMvwo4qxaKzxK/8dTVUZ"
    "X3OIZ2OkkaPonzOCN/SGaFdVdqNYwIurEVPq2/WWgsfDkeX15ej88vp7PJ1fX1ZHaeWA2L"
    "l6rMh6/f/QpmjlFatR7bPcr9ypvbPwZr9zgRO0cteyJfyI4ntXCUez6kaYbgb5J1fLic1n"
    "B8uMyP2dbxAS79KcG4PDCjCuW9QjJ6jXP3cQ7YkFuQKjGWMxFDiG3o3oPHWfyLGH4IUgOU"
    "c2TDm8pX9XKkVKRIKUG62b6cIRoeyt3PZ8ttAm/Yeni4Xk3qzN5J+eyd5HH1CP+brOn0zV"
    "IND+fu569JfGzJlIH/+fnmY0lM35Ykz5lbho/+F9lWLcNFq1dfKr52EVi2b1H2Am77FCG2"
    "AFGGSS94EuedhnPcN3RQ8CT2yENzR+I0keJDasz7pggrcHeAW3DOKvcZOmSGA6GR+gvBWd"
    "VP4eJot7ZqFbfrTaaDUkWV9HV3wnqqPZ3ayzVQT6sCfOpVf0QloNpoh77R/u549yZ+vHkg"
    "ngceGJLtNt+kctPdhI11J91619Z7dkMJAjUw2qwcxj95J3w8fuQdIeZjP2AI0zCPBiSVxb"
    "7jIUZ8tHhEK0zNF2e5Udy3P41q9C31iUdMtPScNeLbPvrsQ4dvHM63Wjb6VcxgG90sl5ZB"
    "fmDokWDPfkRgxzIIeqYFk+nS5J9jfKEFL6fTMRy/JPzzYmrwz8vZBI6vL7Xgisz4+dl4Bm"
    "3Or661YDohcHUxe8mPL1/y89fT2RXv5/wC8+NrMnmu0SV/argrE4/31VhZlDBiYD5RTex9"
    "RS6fIHzQkekQBs+F7qmz4RT+CHFK30GG43mEs/oYATCWz/88QxvPoXccgVfI4603nDFHMJ"
    "biHlGPP3Gw+A0XmP7Pii+KF5CvzqEvoqFnX8V4qPRAx5Bd9kgPBOtDbsgpkRej9lVmnJPj"
    "VCqgBaNMXkvE9GiSS9iPHTFXKcIjBl09DXQdBl2pIgMH1C2riLZy6IcV0dYTbvN1YNlmCH"
    "uBzUyuVfKXi3SrTkX6fyR5d8UmHaasOPunYlr6xLREo9LkhZBQDPCV0H3ti2QNNIx1zdN1"
    "ObX7y+i0j3TN7DV7hrkOMc33KBfkmp9fmQjXN68+v3n189sjB7gOCO2DZiveTk/JWz8zd8"
    "tf+5nl0h9VvnrBq6JyB3y5HyB9JxcT+GBItr8K17gtyQBRvqyF8mUFypdFlFUFsaNVEBMC"
    "oQ568AaW1izRkMyC3SUSw9TUKfYDr3US+VwXfd48zu48TPlDzFF0oFFs246BxbnkUKP839"
    "lEpM+ao+1x3gBVZzVcjGsshotxebrxsVLnfa/qvKzrX1yMoBmHmqdTqalyjtd9SfzVt7XU"
    "Dbz5IhtNq0HKydUk7nF+tZ5O5A4TrEn35W40fC6mdfR7/ZzFOyHOv4xq4JvfARTMNQqdyn"
    "fNPdIFxva4fTMlpcx6A9lF8pOVP/16T5R+C3sZKkgqB0ljyBjFLls5+2L1FrwiyeeosyHN"
    "r5bpSNyoGqwc0vq5RxpWlz2VKdjcAiTeq3L7T/zKrbT+JI2U7UfZfpTtp5Xt557/tba63J"
    "i2z1hvpYhUic46BT7bqG8P4HrjQT5NjrnZaBXkyIYXLX0xq6Mon5UrymcN422KMrxk2TRh"
    "r5o46PRsKGpxofGLX4F0RLeaDGsp4azyrGc5e2VGLfWY690dsAVBS+fnWjAxzpcQzHSJ4z"
    "PTyQKClmZXszlaORsItCJCuviBoVgKRhvLttGCIObYD8QcQeDVZuWseWOTHxBajOg6xg0V"
    "g9hzBpEF6zX2JC6T5SXxUiR9Zl26APYgFfEC12xpU85SKptyX2zKMUYpo3IxtS3hbwTKLA"
    "58Q7tckVJZPk/Axb6vQZjtTZ2piagsnXXtQ8XVu4dpaA3lWXyH7l34IO5nQMBLJINasSGx"
    "5vkYkSF92BMOEReyl9QVRn5IxK0kJKRczlolTToOXEwHRQIY8O05zlpFL/ZLfonHpq5qL2"
    "4/CMklp9Sroz69KFefXhTUp2LCNwA3bq/ArQEuv53YsXTMhR6JJEgMaw1V1OR8a442LwuG"
    "xC+iTk4Q/aosIm/fvPvw6v2zl6NxLtdFOmNDFuw1wSzwQHRuDnaBdm+w+6lr7Qrr+NXZUB"
    "bLkSkZt1oYSzMoe0piA/QUy/O0ucnVPtTZgRK8qpZvT2v5ngxYh7RipaZXmVCVTL4dkpXu"
    "JA132q9+XzmIN2fomeOhhRPcrfznCCPRz09gQhJ9QZ47hhxqP4ZXmMiJTUzEJS9StFF11a"
    "lUxkuEx/BfKsmuV5Id42IG0V3iGVFtrJqBqAW648WiXpyfH0oY6TgUNVzdzSZymkZxZ/nQ"
    "NthCmsa0pWgUoNXsbrJX78nrDi3NTJ7RTS9SOZdbmLUdoPqFDYqXzYOaXqhNRYdDcnpbM4"
    "6E0cvYeGp4Kq0z7ZVP+GAZK9/ymxXLSwgGqNc9iFe4yed/41zQKZqu80H3Y5uV6heLGaFN"
    "vgW18I1KkXXgGHU6Gtqe+0GJU9m4TYdZ8mD5UpEuTXI8ae5UZDlwMW6a6mFLogSPasFDHr"
    "bYmENuGLXYU2h3R8NvJ1afGOU4ylvCJqcCwGvkytTdVPOdKtFXoj4IRQ5vCVutqBBCPN9a"
    "RiptBAVHEu96KHFS6pI/m16GLvnPi1rSA95HcfM92J6quPnBRyDClkKF6Y5C0DLsKHMkOa"
    "lRkRwP5NkAmqR/aRRs9/zXckk8wqGYo9wJjW7zpawtxnjfqYjH+JQW3w3S1iTNiuc06sBq"
    "mSPxlV+vteSSzgt4p2EtzJfyaI8c2fGmytkTrMODxHuE5bHartEt9RGh53OeNoRf0PAJzz"
    "81vjLhRQm7GJuj1A+N8k8RLzZH8VGb1aESPaqgnC4SPcZzsMWw50iVzqHPOoc+xgf1d3hV"
    "CY4eh1ocr150yvNKIjfnHLMqakbnGirL0mBl0acvJfW0NboPLMENXtRfWh7zdY/chSWE+V"
    "neceGcBrEPlHHBPddUelqI7AuLgsgRH7UROS7riByX5SLHZUHk6LtcWNyiTA8v/aZyoSCa"
    "I/GlURYs1pYvSgAkh5BPivBBe7DIBjJJxcfQmr88yJpQmAF/BJYX0hVOahQbBnHDygLREW"
    "h0XOz5UcOw88IpkEjFZHlM2uROxC2IF0qt8TGfWImKlegWY4GYYoVz8By29RCSJ4fQqx94"
    "NOwzPNLoxvJXHKgNn8zJIbT8FzH8sGV41A+NkirJcrSSLEnAl+tZhsyvoFa0WEL8HUYwXV"
    "w1CGFaOWvCAQwaOR5niY7odXyoad2xnZrPMhtDHJ1l6iHfpxNqNNNFl/UwhBR9x9ZLCwsI"
    "8TyHM0zAKjXcVWTk3+G+ct1gWxGQ8VtwnnbdSuko7UCpHnutelSGhe/QsJDINi3GPU+r1n"
    "ef13csbrbZzbOkapz7PM7gn93CKzlQTsmnMLpLi1ps1WoV50jVOPd5nDeOd2/iR6b7+J40"
    "cUEvErYS8Hs2tF2L+A/EY81c+1MUyrM/D2dkOqV+Q7eFPJ0q4aii31Wwdv/cP0qDteXlGZ"
    "Nl3QG0NSO2+7n8dwKb3wD3SLlLHgjdtxZcylfm7QM53HvtCZDPTNA1/z+ehe3u4PoQ9ThU"
    "xJhP3P3R8pwHbH/mXQ0VJnj96MaKGPf7lvvkHb2Bfm4xux8qWhwMun/92M82/j3saKg4LS"
    "HjxX4gxfvTL5Y9JEYlL9SZlrHvO/A3j3wS/jR/C7sbKlqBazvY3BOsL6KTz4TFsvEQkVrz"
    "v4fv9l6BYS/D4WXb1tf1iEH4U0SVnstBrV9pd7Dlntt7wofse7U7fMLi1/KJ10nSfGc8Oe"
    "/ZewzdXEU+DFFrDZwsYJsYIYsixzMh7NRfkTAz5g8MgdLZtihBFkNgcEVLz1mXpNs8xA06"
    "9tp/bd2VKhOl2hmJHjGap/11JA/1iC/H48vL6/H55XQ2ubq+nszOE4Vi8VKVZvH1u19BuT"
    "hKa91jbWO5N38Lg6byVOiVSaSOpwI25BHh5Q68W4o+BxO09t6t5bxb4bubd/qC3VCv8vUv"
    "MStmyYbg4Hhof3Q+y5vjnCFSKO9GmS9/cPl0muUQzFIpnHfjTB1ZAsFy5+i4vcrQ0dgT2i"
    "Q+tmRa6//8fPOxzBU9IcnzO5bho/8VGegPBvw2VhQKW/gWZS/gtk8RLgoQVQ9IHvscDwMd"
    "FFzTxW7R0OidolEGb6kjgZA3W7kSpCiV8bva+J2Ld9/TTjvM+icjub02Nct25y4X611Zwn"
    "chm9oVM5jyB0Afv7x/X7PsUeAvnG/7aWqFXuwm6WggUzkzJy2frPc1uyXRze/8MM/kUIA6"
    "UrKSxGWgWkub9iyop6hdpyl26mpvKEHCYg2MIIKJgZwlcvjZVJ8Q7e48WCYxRyhKHThCfE"
    "SI5xETOR7yiGtjg5hFVe0B+pcWScq9zqKIexFBb3C8VNWkfqVgKYxPAfOK8q0SWqXiq6Hi"
    "E1l15UjXS+RxbME92gsaTu2zJONpkuY03l62Gw2kuwj3l3my04gcLGtL5N0QWVii4/ymVm"
    "f0uk/9GD+lHlDfsuU2jzIlQJ5yz8oN/WQypeHPxcINzgKSk0jly/I9J0M0PLXgtI5acFqu"
    "FpwW1ILxOmsRqZQjVZFKfY5UUiobpbLpk/g2aqmyKdcuHEkevA1Hp0oWFE1GdeVAP25dp/"
    "4DH0WQy1L0wqfG8hkSvt8/icOUIMfQ11g0/bTlx78iz9kwaeWH7u+wh8dOucixmxHuVuQ4"
    "hAPPd5GgsCK9J143kifj9gOUIad1ZMhpuQw5LdaMO7HyDE/Exh2mQIM0CKfc+JsQHN/0+z"
    "Swd2bkLTBhdYwPKb1UR+Eaqffe6Q7U0TXs2zAzOTuVCUOr5KVES53FTTtNCV5QWYvUx0pN"
    "3Ss19eBTWScFqgTjnSpYJX5DZmPvgTzGV9O/OPfIOY3oQnKoUT7oZnx6e7w7f3EbXnJcry"
    "huRU3cInsTJ15uO+zZHk5i8LfDrlGI9RenogMxzGKAt0O4Hbt4gsRTgwsJ1oNl63i5xFze"
    "4JJC+mc/hrjv+cwldpANtvwWdpCIbI6iA0g/7lsPUFVOfPPf4h0n0pFHR12l8b6oM24X5e"
    "N2IRs3r2Wmwgyl0if3WZ+s8tcNeXRV/rrvY5wdl49WMw1RikSFBjRPkq7McIdzS4fIYrBH"
    "L5rW5SsQKof/nC+Gd4f5tt5m3kpIFbrKfNwDj//0zOwA6Jtcdyc5k3cCLVnONVINbjfYDo"
    "AedoRF4V20R7JBlbnraYwb6dAUiW0jF7lSbtoQuVz0bbBMvTABvPSJ92PoFotWmJo28RDz"
    "LdtGzoaYyHeEX7/oHD2D1CvCkSDMw4B5I3G/5/IYga4616hGf/egLgVFi0f0FRJiL21n88"
    "IjhuOZXyE5TI6a/8Y+Cq8zcVHcZYSYg/jDkG8W8xm/u/2oUWsZtk6Thw/NfkLhcjJlt+Cn"
    "NivLWIkL0d/7gSF4OmQxjZr8z4kbwnVxdsWHj1C4r0FeoK+Y/6O167OviN8jfEq2IcTlP/"
    "EDhy/BTDzePb/Ce11iy+YYA3hAYBJs/sjJOdIo9LHhkxcy4ThLKO7nPUJb/o+XfOd8IF55"
    "sEWSCyi66X5mK5UqB64dI1VOPFyFISh3jkmR9NmW0dI/5qKWeeGiwr5wUTQwnFYppaOugg"
    "HnJ4r25+KQl+5taRJVVCBfVCDkUZq+L9JUx8N0EC+OCs1B8r7vTmcwtATjeXErPRH75HEu"
    "cy2TiBIlHmjlIkUcdax7OYrDOU0lHu4qwLd/nlNNg3pVIG+DQF7l4f5UHu7lGD+Zh/vBbJ"
    "i5uI1a9eIvK+rFX8rqxXuSifzacWyCadlG4cnm8oLTHArheIM+7ub7+ubmfUb4ef0ubwj+"
    "8uH1Wy6e5go7F3npbSi7jm0b9GmNQZd1cMQhSM6c7BgsHY/zSI3iN1IkKoJjjzR9/Lol38"
    "5L5cg0iZLNSwr+JUx4aTKF3f60JV0NkFPpJvCxnn0/EY26E9jj4OMTG4M2hv7UPOyT6J4t"
    "CiUR2gtVo8rF9W2lKt2PG+80AmrB5OoKa8H1NZlowXR8vdSC2WLJz0zGl9M5wqmcOUnKLn"
    "421g38xI/DYA/ihZHeDMxNwvQH8EgCx49zy45rPyhtgkoXNgAtw2nZsY4L/XANWeCJ0CYC"
    "Y0umXPN77Zof+PyV2WgHTZEMTq01rqXWGleotcZFtZbyxldezaci7PRPzkn5hUqEnKzXaL"
    "mEw2ysb1INd2fBosiBGqIBQREdeqYFL2ezKxA5ptPn4BcnnBAhIUSYriqpKRf6JVoMmRZz"
    "sc8lDeGyGHlPyTJiHfpuUutpnMrC5j3YymTaLyEnHBTpe3m3Hi0h7rNoEzuOz+M5r9FoEc"
    "zj1ZBfKLW8+DqPNed3Yq0knwyhEnz6whnX8uBTTJsK9DtNdOG13hDVFImarNUSRsw07S9a"
    "ZDKPnSa0O2WL1MSqURxJCW8qJLWvQNcPSX0iOTlbgkkmKxeKNFXIy0lb3Yob1woL5Lsa70"
    "KU9cFo2wsCuwthPoi1s9kUrHeL6eVzqOYDJjk/8KiQeM/Pz7Xgiiynz+cI27bwaQETnh9G"
    "vhUE5+PcUlkEe/BOHvXdItizje3QBsFo2TWBOkXSZ8VES4gntYwHkwrjwaRoPFCBTyrwqY"
    "fjMZTAp18sAW9pxJO4XskpJaFOy7hpLT4pcG0Hm5zPALIRItTwHt1UuoCwxBRiPp9cKOCD"
    "7KGvSdmpr+gZhZh8zsgAOTx7SSKFw9xmD37oieptteCLjhe00lG5rZ6zR33bwg7NH5VnC5"
    "cDfQoZwluCO6uB7awU2lkh96/1P7I4oQp+KKZQvFAjXigD+gqPJ9MmE3pLMcAp3X2NRLDe"
    "2/hRbxrOmacbINjjyaSOW9ZkUu6WBdeyePurYL2g2LIbMiN5uuHpCrqf28p5uBz64drQjc"
    "DzpBJzdXTplkpF9daPKFUOCwc0qcdidPOkz0VKBa5y4e2DFTg1MzvAuWa63FMFuLiMe2X8"
    "/c0jn0Rc49+IB9kAzmTxoPk2o8qQUI+EkZL6Q6r5TtXm7Yog4AnWfC4aiHfyY9jLDwxF/S"
    "CHCkfmWG8KZlvh2Bws1hZjvJ8RuieuH+ZbLVSJ6v4OUAeJ8xzYeEQGpmjBCQlmgQc24DsM"
    "SVGFppS/j717fhPInAx9oGc+9u6Ij7RgPJ5O0MsZ+j8jlNKWoau9laXKePzdGI/7tjEeWj"
    "v6RHaA70zuTu3dbcIIUuR9ntRnzv0cOfcahTiCMJogLlwXl63Lv0aeQGu95H9ania/IudP"
    "iub4SX9Sm/sisGyfvwtfwP2eYn8/SCogpZYqXwoDVksBJ6dj3iOR1ayo1E3lSNspqHr2El"
    "L6qX6Cr1QofVShPI2A/0XoHz4TIb6eSaT7bINRlWgf6jJ0lmq7Oxya81EsWEMXkU8Rl38D"
    "hi5enCPIwfl8LoTkxaNPGMjVS+wh7JHQsYgL0izlegQVsWUx0Ae5RcfSd7lsopyTlHPSoQ"
    "ahe/FbORsc19kg6r3IbVY4LW1plNtSa7clZ7lkRGaCrgB+SzOYZK9HRv2ovo89E6cOqkQS"
    "jE0TDVJCoNRHnauPuODkl7w9d+tWE+IjJlHziEGshygHUhMFa0II+tToUKOGs3ZBPpqj+C"
    "gsMkhMuDt8t1G7dp+/RdkaiigrHz+lTO1CmUq+uVwAYy1GPUs5wFE/kVGOMakc5gfiMak2"
    "sZSJTlEMhos+SMkEpQzvOrvUhv/ppmmlUjQK0GrrgsCqA7vCwF0G01NK5T46BML9Ntm89h"
    "xsGphJnTG3F0dVphrq+NYy/ouLDE0Nk43rcHgeUeACEyUyyEI09yMSMxO8IoVf48phhCIi"
    "5FE2QgxcFxePiM+EgKB/OQuGXN56AYllZUabw9xEOU324B0wqrDa+JZvN7IcJAQDNBnM6q"
    "gsZuUqi1lBZbHG3r3Jl1AR4VvyrYTjTtMMAuQqAert32+r9XmJ/PT+5uOvcfO8ki8L+spf"
    "SzIulwMet1dgtwAbKjXx/+5DPEUjjXaBUFVDVC6QSmvXSGsHfFggWXX1TReBbOkd0nYhWM"
    "V4FtY2XIRU85DRNDXKGU9TmDGiA41CqaI5gs82xoqOzXseMSzXIlRm4yvVtGWJlLItr2wT"
    "UoXM1bcU0RSFgrMETj1eMs0wTcgUsIW63NELtXGMeYFQZcSvVGBu8TqeFrOfuO5UsRWmVk"
    "bDxp8Cffzy/v1Tqdh+JrYFyqYziYYtuTaqrWAz0yQ19Gtrwhh/sDje2Al8Zpmg7MKUEnsO"
    "KaTXfGKKi6DeehYRjOImkqSNnfUqrfgUNYXrUWNV9qlferV4WFqy5inyPmslzjaEP6k/R+"
    "E358vXjPPk60K4/xPw4D5Zu3apY1eJcjNF02fc27pE13EWGpc7C40LzkInKIC6ocTYVAJ1"
    "Y4nTjSXOogwK5hDxE1bCveW6ILJGB1241HW8QrAP872RjJomUZx/nvPnXIi+IEvOejZVwm"
    "UpVa3lPvtQGTbmY9BK1ZqhVKPc51FeWtRiq1bDnCNV49zncYbybVwu83SPLJuwinm6wdVQ"
    "794Yzl9yjbjxuP3goD1IeXplASxHf7gWwEgT1FDTnKVSjrLVeuaUtm1PJfOHbU+nCexORX"
    "N2ZvXJj/NXPq3JmUTDHF4YVamX75ImO9XJv3Een/5oY3oXgPbXJ9+gLA9eLhExLR/q9XyI"
    "/LugauF0crnUguvFZKoFs5fkkn8ulguoZniBteBqaV5rweTyYjpC/NzMIPxzOn3J6S7Nc0"
    "738pK3moyvTH68nJKw7fOf0FdwafqKLAZemwXddP8eUaMMU8uHKuvII1C+iD/qCK2xKfTn"
    "DD9wpJmDOEew4ldQwNsvCRCLukaMeA/ELFeXx2HJ9+RR6cn7pScvjzDfrT48hUo7Ged2eM"
    "I5yp/RaFRPcR6XQAVd4R9w/z806lnsXgfzlsFJUz/a6A/H9djOCq6zUByJSGyvFfkBwuZ9"
    "HrC2cbh1oJ2WQzstQKs8szPB5PWiyavCyZVzdh/8hZVz9hHBZsGaT9hGW3SKROld6uhdmE"
    "/cRo7vCYFK5VI94du4wTuUizDS4MvyKZ8hOuKkx/YGP7LjTP0D1A13WAnSpdbjNImyHuet"
    "x26wsIXdqIhoZTLjDJ0qtVU/lXEY69pGY56lVBrzvmjMJRa/6OmLo96iBFiOULlnV6rNt3"
    "h1oDkftnt2YWr1yj07tlpIdOcpg0ZN5+yUMWW3Mv2GEmTRhfMt8aaGxASRxzRz6Av01SRm"
    "4BL9njx+RWt8TxjSzqABeYDcBFowvng5DstIhT1oZwgXNOIHuo9GQe+5wIwgL7BB9YdWmJ"
    "o2JFTwUJIHIsyXgPwV9nk7ypC/sQwCVaw4cojvbJyOEeBS4QY18yr8YxtPBgSwn8PrirfK"
    "XUlZf/+plOFKGX5QZbhhEEjszldCdKRRFriuHab+jtKAg9Ns8SRvyQVnPYzzTA6hQNAdl2"
    "CJINseaxwjL9p2iG4xJsJHi+f4Eg2jReBycgi9+oFHwz7Do7gUUXguPALqJfE8bOtmAOGn"
    "qV/8efkbDnNiIv4DYYJUcpK3tLEO5Y5Cd+Ltj/CKA/WboPvUD42GCVv08NUxR5mfHZsNOn"
    "cbV7rtgzpaLRxTwnOV61jj9oMA99g61sC7a14ce0t0RIE9OXOyErtt0fsm20bcXmmy62iy"
    "XezhddOs5BFFP3TZcNvB6LK3EkeTKZ+lGlwdm4tahvaLCkv7RdHUrlxny9E/TUVgHdfZWC"
    "RuOOQpMhXZ0R89b3F8e5Kc+XRGuEFu5kSD1BDZPJ1yPa/WoWc0dcdRofcU15069PzU6neu"
    "5n7uCvumaq5jqUgzuELdZknL90a0v/z1E7FxidOAJEXMQCb3n4e05/zmgZqSwGyWmHRSV0"
    "e1rTpulqhOUmthWPmBxdluGMLURH8EFvHRygk89hOiDvKcDVoTTEWUAIrgZ+jZwvFXW0qH"
    "jgomnc7voFFoAKEGlkF4r6mOSjP1qFiDPplXwiQ1DTV1WyLlWlNfUcdkeqRKnJlUj6RArg"
    "BZ7EC62IGaaIhyZMOriXZxUUdFdFGuIbrIK4iUp1g59KepIKrlKcYa1x9KkRz3/Xwagm0T"
    "/6XsOBQH4YaSW4d/HFj67QP0u/3H2I4SRd0JD5+DRfJX3jgi5dmZRIqQNasvThgpijpOYj"
    "/C5olY6p4o6oJBCPMVOT/XgulifME/z8fXEMKMxxCofD55Lvj+sMrNHX4APzBxZm1R60fX"
    "c+48vEau4wZuMcnn0e6sUY3+Tt6Agxi2bWfD0p5mInto7E+D4hSGQthZYQYyzqvf3iHfQZ"
    "jdc3mFizuYPiLsEWSTpc/lGuagDeGPHUD2uv+4CIv/YGOFvoa9fi0+lkdcx/MZxHyPxxfj"
    "FE38UAAB7/scbVaEovjhKdtwqQxdXV6cX6Bn/NEisMSjVCQ8jbeAJEGjCuPulWilkm0ewW"
    "vKI2t+ryh3Zc2QmwyNirlRISCKse8TY98P9XPHcR9Sdl2Zq/Zh2Y8W6/HKdQm2ZRx9dKWS"
    "iV8SYsJz6HjbeCf/rgXXk0uRVsh4qQWTl+cm55Vnl7O5YDvF0EfpidZkvYBM+ZzX5JcsD2"
    "34IDsbUPHbxLt/jhh+ZAhzpnRiEiJ6vIIkQWtsW4blBJxt9gpM/HFvr9G1xXu7J/QniOoI"
    "XLAnMN6jSQyLA6MsCX3Z4arYXf5qZDKjcbmL9ZZiEKzu0RNZfMd55gN3xf/cHIXfsjCU/J"
    "5WS0leL6FORT6dvHgCOxgD7Y08z2v52igQDsBd+9gLJHx9tBFkspTKpbE/ckvRpVE5Kpfv"
    "bqcprtZxVAZmmuPe2NkyT6cE17zfP2ZNMyenSBScJe+gxpk1CoTK3bq68CGfhB1oWD5x5j"
    "Gxub2J+jzNmbu7AOJ23dZyDA43TqXGquEQnHnHZMD9xN98n969uT0r2SaOB28/d4Wd6BY2"
    "xhJ4n0ZX+Euk7bvF3h2RegHkWoxq6Q79beOdusPfhVUZ/dcnZPAekesAwgj7L9BXOBHnF0"
    "ds5Xg+8jA1nTVysb9CjNxBegnkLJHFSb58el+073feu1Ls9eDFOqpQ7MGwyrVMJexg1H6A"
    "cba1wmwromwLqcKHntwmtAbMI6sApKvBy+U8tB2IX9BQ/IYD0OMZhFODGk8c9EOLJ74brI"
    "C4fZ+Hpu0aOETScWY4LtHhJdEE5SzVobB+uu3mqhbUVxVQXxWh5pyD9SCZzJVxCFsiFYpQ"
    "PxRBKSbLJ/pwFZOGs15zmP2m+p48nVL3ZFeT491harE2qQskpArdgi15uWwIa5pG4flnXl"
    "vWxzwbfQjc6Fbtm17bHajObnLdneTc3alCk2yINXSUYr0r9eQObNO7Yg1Qk9d+B8C+Sfc1"
    "THTzXFJj3W/KX41Pf3q3Z5qNT6KTE+TAGyTZqJkcpmHs4X6pYfrwIts3McwBAhGj6SixOm"
    "wnag1rg7dtvMvaUA6a0uv3gHMaVej1bfJAJGXnSsOmkvbHC5k6pAqi46gp/jdgrTuyvBPl"
    "yWKzVCphbEbJ003xs/Vamiqu3PU2RaKcbhs73UbpodpatVLkfbae8Dc5s6DEQPitUYfaFh"
    "W/4buN2WpWQ9k/K094X7CpOIFnlFitakQHJNS9HgWIv9ej+Ps5Sv/S6GoyR6tJKwPiuI6J"
    "a1xu4RoXwwAgQZq+wqyRhStHNrysRNM68eDT8njwaSEe/MHi67FpfvAM0eDcFg6SF//BAS"
    "eshnbELZGq8DBYQ+JRJ/pw7Yihx19D40GGSPni5xNbPFWKg569gw9iiNl6qO6pxS76x57m"
    "ZN2pHsws1hqmguPmkOjnnG2dQqLzeqG7Ik9iK0KsFq9hS2gRenIio/RnUz12AQqZSluGVw"
    "3tdjxedbJwbJNWaMF0ci0+L1/OocKp95hNauG4hIocdCNkBiJx3cbx7jlayMSP7KcwqR1D"
    "jBDh/h7G3xf96490T6Wd78HrdFShnT/B7A4wGxuCLGjmYh5rVIjhkMMhOhDu4LDEw7wO0a"
    "FGw0Q6omJqdMRphWjJSRMR8+ndxpVb89Hcmvnu1ybNQ0I1QB/bE5GFY0wqheFoQ2gxxFlK"
    "lcmj96PcOFNOlkpZ7Bpb7JI3a6vCf1latcD6vMC8tMTUeKHJqdWCa24iPyl9vgoM6kahHz"
    "rVNa0NmSZS1TOaVM/Ipi7B9p6evttUrye2pFp5+m49QPdy8m3vHt2H+bm7vGZ6dR7at/ct"
    "6HTIZ4pdtnKkmUVyLUZV2lBoynQiKHSWJqlTWwSFhMihouiGiR/Rs9fE+leoefTJ87nQN6"
    "6cgJGwxGBSY2Pl2CbCyCBexEwQaQ2R7u8graHB+z0bpaMw9qqh8dq6K/WelW7hEtfZaJ71"
    "dm1EfrMvx+PLy+vx+eV0Nrm6vp7MzhMH2uKlKk/a1+9+BY+HzFs5doEo145G41bknUoUPV"
    "jm2pNhmE5PrVYBKvA7Shn5VMrIcFMqwly6N2wJlGu9zP8p3Mll7malkGZoFKoyVJ8+UUHf"
    "ID6IY8xTRXj2FNz9QjyfuhII8SxjdSbhvaMrlTw33rbpTVjd98Kv7rltlnOiD8Rj0njYCn"
    "fzLUmfoyvauptPJnXczSeTcndzuFbIp9EE4aj5ANE9SP41fkdfGiRXHriYIjl+1OLTsACd"
    "xSc2UGJ2/zL78/8DoAkLUA=="
)
