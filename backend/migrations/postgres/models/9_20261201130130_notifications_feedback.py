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
        DROP TABLE IF EXISTS "notification_preference";
        DROP TABLE IF EXISTS "feedback_target";
        DROP TABLE IF EXISTS "feedback_rating";
        DROP TABLE IF EXISTS "notification_message";
        DROP TABLE IF EXISTS "notification_broadcast";
        DROP TABLE IF EXISTS "notification_consent";
        DROP TABLE IF EXISTS "notification_delivery";
        DROP TABLE IF EXISTS "guide";
        DROP TABLE IF EXISTS "feedback_appeal";
        DROP TABLE IF EXISTS "feedback_case";"""


MODELS_STATE = (
    "eJztfXuTm0iW71fJqIgbbcfKjpKqpJLlGzfC5Xb3eMd29drl6YkdJnAKUiWmUEKTIFk729"
    "/9nkwe4i1ASIVw/iMhyJOgXz447/Pvi5WlE5O9vHMeMDUYdg2LXszQvy8oXhE4yL0+QBfY"
    "tndX+QkXz01BYKVbzpnrYM2FawtsMgKndMI0x7CDe1HPNPlJS4OGBn3YnfKo8YdHVNd6IO"
    "6SOHDhH/+E0wbVyXfCwp/2o7owiKknHtvQ+b3FedXd2uLc16/vf/5FtOS3m6uaZXorumtt"
    "b92lRaPmnmfoLzkNv/ZAKHGwS/TY3+BPGfzr8JT/xHDCdTwSPaq+O6GTBfZMDsbF/114VO"
    "MYIHEn/nH9/4JHizVT1U939+qXd/eqelEDO82iHHeDuhyof//p97sDRJy94Dd4+5c3n59d"
    "TZ4LCCzmPjjiooDr4k9BiF3skwrQdyiL7wzOb5fYycc5bJ9CGh60CcbhiR3IuwkWwhcCdA"
    "RIL1b4u2oS+uAu4efw8rIE47+9+SxghlYCZwtWhL9cPgWXRv41jvcOX5OsiZkP8DvqrQTI"
    "7+GhMNVIBuyIuMtoX2iGu50h/qlQ3eCQa+4MhUcKR5wQOON/XzQamUoDUzIu6WHRiY0dd0"
    "Wo23Rskj00GqBgQzn2+NgmphTAnqHwSKFLy2PiVHCgUBd/hyfC3xXqkAc+djCm4RGMoees"
    "CZzxvxWqGWvDVPFigQ2H8cGP/WwywqMqIzwqHuFRZoSZZtlEtTF0X2N7S1Ida9ll3iQn2+"
    "OuK+1x1yV73HV2j9McwuFQcc5i+hmuuMaK5MOdpEzBrQekL8OD7ux51dGHP6jfUXMbjHoJ"
    "+PfvP777cv/m42/8divG/jAFfm/u3/ErI3F2mzr7bJIap6gT9Pv7+78g/hP9992nd2nOIG"
    "p3/98X/Jmw51oqtTYq1mMTNDwbopYYddj+YPNT67FpCaIDuLXTbJ0n4M04+7t4zGXNfKyy"
    "6P5iOcR4oH8l28wbKoVoAed/ltjuzu4e0cGbSHBITi0AAf46cQUMn2Gqf37/9v5CoD3H2u"
    "MGO7paALu2NEwdusoCfxtQ/vLXz8SM0PyRME9sAB4j/su+OUpfoYueoqNZqxU8sGuQAzF6"
    "G3S0PcPXXyWkOFd6IEY/Gwz2Vmz+Bl31FSbmEvtAmN7YtmOtsfkFuurpsgMouIRzIFBfTP"
    "y731FPYVoQovMXoepi54G4B8L1S9DbveisR5BxfsEaWTE+IcFBZC+tRqv0GUzxg/hL/N78"
    "TgFovznGGmvbt3BTIu6Y0dimWgzKdLa231b8h7DxPrXtxf2SIGsDI/UTQwEhci3kwmkb3u"
    "0WxeYLgy4sZyUmAKKWa2gEPVO8q8tLrHjXZCQ+5/xzQYaKN7mcLPixrsPxCF/Dp6aPRfu5"
    "4t3MR5rija+uoeV4osOZyc1k+HzA75bWGnTq4RQa9L6GO8PNXqON4S514D+xye8Yp70mr6"
    "4DWmQw5BDNcnSiD/gDIp8phR8edQ1T/BmsaRb8Qg8WYS8vBlJn3gm5bFCmMxdzQQ3mQi3t"
    "eYayy5rdhjqmq1EFFdPVqFDDxC8lFUwPDqbNFExJSqlgOicFU7jF0gbjnqZtYeS7ybN0fa"
    "BDTEpHmmsSaioSYyRtvsC6O6jN9YheoGQ5UItYUVfTUUj3qg9jEyqhPHz75svbNz+/K9Md"
    "HlNKEKjnyAbhaBRLBOIPBcxlJXFAenGcLUfqWGaBF8d+Q3ZI22VO9EIIgjNfHlQovKKcxx"
    "kSXwrdWeJVh6wNsuEtc04q1HYsEObcreovN2iWPsN7WxOTnwQ6m/cT+8nt4HC4NpjlcFt4"
    "eKxQrK8MOkPiq5H9+7qK/fu62P59nfFwMJht4q1a18EnTdfladElRx++3dbFOk7TigfJ/t"
    "3uZCBPqszoSfGMnmRmtI0Z21jwQl1iVsupI0PYYW+dhmiPKk3pUcmUHmWn9IZoS+yqsPvR"
    "vNd4MeAZQjm5903uADJGGNcMqY9kqxKqZUG/J9/dUtBzeujDdC8Td9/9/T4h6YY4P/v45u"
    "/PE9Luh7tPv4bNY+Py9sPdbWo8HIJN8Q6sOwwZQol+ffQNXQW+dQ5cV030M4QS/UPQr/um"
    "zVIeCf8+bf02AFR7m0kQyUlef5L7ANZmJRNUcnLvndwLbJhEV03rwchz8nlPC+Z3hi6FtU"
    "Gr+Bk0kkMvjwX1A3+CF6Ph9c319GpyPR3wCA84FZ25KUH//af7dGiJpT0CRMKSXNc+kqaV"
    "9pEu20cMpmLNNdY5yoVbyzIJpgWv4zhdaojnQHisFRRuYKcd1tu7uw+JEb19n34PfP14++"
    "7zs6EYSmhk+Cr+7NKSEQ3Fu1h/Dc6Bc06DUU9Sys20y5tpPLq5ptE5h1TGsJTantOh5DKS"
    "pYIpOmeaHRLP4vtOHujim/VFPbP3ViW3aB4Ne2i8xl94H3fcUNlXlLBtm4YmYDg8ICHsqT"
    "/LOYHVf7QG0Lt1tYV3jijpRDNYK9Op7/Etnm1aWAdWc2GYh+5UHwEax8DmL4Z5jpJIDbxC"
    "q9ih4Yqisy9+X31FbO7Af9QwO5RjuA376elKJLrBRb4H4PgPXYi/8j56CtMKVgt+OHir8n"
    "vp65pj3jzqXG2HYf8S67LnXDvwowSbh/MO0Em/IVLb47OqYXWOG5YMja0NGfydw2OuP4tO"
    "eoRQrbCAZHThIpD5VNshC+KQQCmWD+4dJfcWfFRR4sR76xHMNQIq3njAt/mydE5YRezqoC"
    "y4AvN2KllXDbUu/psHxFYw8kfOrDAeCo3qAUE7pvSndcf0bemvRqOrq5vR5dVkOr6+uRlP"
    "LyOjevZSmXX99v2v3Ao4iBslQrNgcdhFfUNRb82CfbIQwUK28uMRix2D4jR9cMdKhXRPqo"
    "R0p8csFtI9SfsF+XgVxy2VoXxQxFKncW4/DAhr+aa3Uoz7m5ugfQc3a/4vork+SDVQTpH1"
    "bypfV0s0WpJntADpevtygqh/KLc/nw27Drx+6/7hej2uMnvHxbN3nMbVIfA3Wd3pm6TqH8"
    "7tz1+duNjIUwb+55e7T0XeWxFJmjM3NBf9LzKNSlaMRq++WPj53DNM16DsJb/tU0Sgc4gS"
    "THrG0T7tU5/ivnkHGUd7h6zr+9nHiSQfUmHe10VYgrsH3IxX29MkABEaqb8QnFT9ZC4O9m"
    "urlmG7ziQCKVRU5b7uzlhPdWDMR7EG6mlVgE+96k+oBJQbbd832t8t51HH27s1cRzujpGz"
    "3aablG66G7+xasVb703JekcJ4mpgtFlaDD6hExiPF9ARYi52PYYw9dPM8Mos2LUcxIiL5l"
    "u0xFQX+UMTWVQP7E+hCn1HXeIQHS0cayUyln5xeYdvLeBbDRP9Kmawie4WC0MjPzG0Jdgx"
    "t7F8rOPJQofPER4q3qvJZMSPXxH4HE5E1tTpmB/fXPHcqVM4Px1NeZvL6xvFm4wJvzqfvo"
    "Ljq1dw/mYyvYZ+LocYjm/I+LnCk8CKuzLxeN+0pUEJIxqGiapj5xuyYYLAoCPdIkykYX2k"
    "1gYo3AECStdCmuU4BFh9jDgwhgt/nqGNY9EHQOANcqD1BhhzxMfSz0Dr9/gawIIbzjH9ny"
    "Usipc86btFXwZDz77JfK5diVEoe4ny9ZFvyCmQF4P2ZWacs+NUSqDlRpm0loipwSTPYT/2"
    "hCTGCE8Yk/g00LUYkygr9R1RtywDPouh71fAZ0e4zVvPMHUf9gybGV0r5S/n8VativT/iI"
    "rXiE3az+hy8U/JtHSJaQlGpc4LIaLo4Suh/QKS0RqoGSScppPpqctDhBN7zYHxwX2slTVI"
    "RQen51fdbNVHiHbtEdpHLfmzm545b/3E3C1+7SeWS3dU+fIFLyuzH/HlfoTstiAmwGDkbH"
    "8lrnE7kh6ifFUJ5asSlK+yKMsy3Ccrwy0EQpXrwWtYWpNEfTILtpdnD1Ndpdj1nMY1FlJd"
    "dHnzCEtmzVBwoFBsmpaGxbnoUKHw70wissvN0O44bYCqshqGVQqGDYsLhg0zBcOkOq8Y+n"
    "6p85Kuf2GtjnocappO5vRKOV53JWNa19ZSO/Cma9DUhLiAXE7iDiem6+hEbjEzXe6+3I6G"
    "z8a0in6vm7N4L8Tpl1EFfNM7gIR5P8wFu+YBeRZDe9yhaZNiZr2e7CLpyQpPvzo4HaXopa"
    "8gyRwktSFjFNtsaR2K1TvuFUm+BJ31aX41TEdimziHQaqfe+RngwGHhs3fgv56MgXrW4DE"
    "ezXf/hO+ckutP1EjafuRth9p+2lk+3mEv9ZUlxvSdhnrnRQRq2Bbpf5tE/XtEVxvHJ5cEz"
    "DXa62CFFn/oqWH0yqK8mmxonxaM94mK8PnLJs67FUdB52ODUUlLjR88UuQTuhWk2Atczir"
    "NOtZzF7pQUs15Hr3B2zxoKXLS8Uba5cLHsx0hcMzk/GcBy1Nr6cztLQ2PNCKCOniJ4ZCKR"
    "htDNNEc4KYZa6JPuCBV5ultYLGOhwQmo3oOsUNJYPYcQaReasVdnJcJosrRsZIusy6tAHs"
    "UQpGerbe0KacpJQ25a7YlEOMYkblbGpbAm8EygwAvqZdLkspLZ9n4GLf1SDM5qbO2ESUls"
    "6q9qHs6j3ANLTitVpcix5cBSHsp0fA50gGlWJDQs3zKSJDurAnHCMu5CCpy4/8yBG3opCQ"
    "YjlrGTVpOXAxHhTJweDfjmWtZPRit+SXcGyqqvbC9r2QXFJKvSrq02Gx+nSYUZ+KCV8D3L"
    "C9BLcCuHA7sWOpGISeHEmQaMaKl1TL51tTtGlZ0Cd+GXRyhuiXZRF59/b9xzcfnr0ajFK5"
    "LuIZG5JgrwhmnsNF5/pgZ2gPBrubuta2sA5fnTVlsRSZlHHLhbE4g3KgJNZDT7E0T5uaXM"
    "1DnS1ej1cW9u1oYd+zAeuYVqzY9CoSqqLJt0eyUq2o4V771e9LC0Fzhp5ZDppb3sPSfY4w"
    "Ev285iYk0RfPc8eQRc2tf4WJnNhERyB5kayNqq1Oc2W8SHj0/6WU7Dol2TEQM4hqE0cLam"
    "NVDETN0J0uFnV4eXksYaTlUFR/ddebyHEayZ2lQ9v4FlI3pi1GIwEtZ3ejvfpAXrdvaWbS"
    "jG58keZzuZlZ2wKqX1mveNk0qPGFWld0OCantzPj5DB6CRtPBU+lVaK99AnvLWPlGm69Yn"
    "kRQQ/1ukfxCtdh/tfOBR2jaTsfdDe22Vz9YjYjtA5bUAPfqBhZC45R56Oh7bgflDiVjNu0"
    "mJEfLF8o0sVJTifNnYssx12M66Z62JFIwaNc8MgPW6zNIdeMWuwotPuj4XcTq0uMchjlnc"
    "MmxwLAK+TKVO1Y870q0TeiPghFFrTkW62oEEIc11gEKm3EC45E3vW8xEmhS/50cuW75D/P"
    "akmPeB/JzXdgeyrj5nsfgci3FCpMd5QHLfMdZYZyTipUJMfj8qzHm8R/KZTb7uHXYkEcAl"
    "DMUOqEQnf5UlYGY9B3LOIxPKWEd+Npa6Jm2XMKtfhqmSHxlV6vleSS1gt4x2HNzJfiaI8U"
    "2emmysUTrMOjxHv45bGartEd9QmhhzlPa8IvaGDCw6cCK5O/KPkuxmYo9kOh8CnixWYoPG"
    "qyOmSiRxmU00aix3AONhj2FKnUOXRZ59DF+KDuDq8swdHhUIvT1YuOeV7lyM0px6ySmtGp"
    "hse0LIU+PXD6H+GNAfx/Shn1abMQPXmJqaet3X1kya73KoCF4TBXdciDX1oYzkLHmXMKj4"
    "mgDAT6VNPc00KUnxuUiyLhURNR5KqKKHJVLIpcZUSRrsuL2S1Kd/DCrSsvCqIZEl8KZd58"
    "ZbiiNEB0yPNMERi0tUE2PMNUeMxbw95OVoTyGfCHZzg+XeakQrGmEduvOBAccU2PjR03aO"
    "h3njnFJVUxWbZRm9SJsAVxfGk2PIaJFaleiWow5okpljnHn8M01j55dMh7dT2H+n36Rwrd"
    "GO4SgNrAZI4Oect/Ec31W/pH3dA0yVItJyvVEgWC2Y6h5fkbVIoii4h/wMim4XWN0KaltS"
    "IAoFfLITlJdEJv5GNN65bt1zDLTMzj6wxd9fk+lVCtno66qIc+pO47tb5aWEaI41jAMHFW"
    "qeaukkf+A+4rNzW2FQEZ3AJ42lUjZWRuB1Il2WmVpDQ4/IAGh0i2aTDuaVq5vru8vkNxs8"
    "luniSV49zlceZ+2w28lT3prHwOo7swqMGWjVZxilSOc5fHeWM5jzreMtXFj6SOa3qWsJGA"
    "37GhbVvEXxOH1XP5j1FIj/80nJFls6Y7Q5pOlnaUUfEyiLt7biGFQdz5ZRt3jg6HQ1sxkr"
    "uby38vsOkN8IBUvGRN6KE14mI+NO/W5HjvtSdAPjFBV/B/HAOb7cH1Meixr4gxl9iHo+VY"
    "a2x+ga76ChN//ajakmiPh5YBhY7e8n7uMXvsK1oABj28ruwXE//ud9RXnBY8E8ZhIIX70y"
    "+G2SdGJS3U6YZ26DvwN4d8Fv40f/O76ytanm1aWD8QrK+iky+EhbJxH5Fawd/DDwevQL+X"
    "/vCyTevuOkQj8BRBBehiUKtX4O1tGejmHvI++17uJh+x+JV85VUSNd8bZw49O1vfzVXkyR"
    "A12LiTBd8mBsigyHJ0Ho7qLomfMfMnhrjS2TQoQQZD3OCKFo61KkjDeYwbVPHmj8cO1HPi"
    "vzUeCnWLucqaHLViMG2761fuqxVfjUZXVzejy6vJdHx9czOeXkb6xeylMkXj7ftfua5xEF"
    "fCh8rHYuf+BvZN6bjQKQtJFccFrOUHjhf78+4ouhxb0NiZt5Ivb4krb9oHjG+Oapnrf4GV"
    "MUnWB3/HY7unwyyvj3OCSKK8H2VY/twD1KqXajBJJXHejzO18vIMFvtKh+1lIo/ajtE6cb"
    "GRp8T+zy93n4o80yOSNL9jaC76X5Go/mjA70JHef0L16DsJb/tU0SPcojKBySNfYqH4R1k"
    "PNXFblHTBh6jkfbvXL8CIX428iyIUUpbeLktPBUWf6DZtp9lUgb55tvYLNuf4lysd2kY34"
    "dsbFdMYAoPgD59/fChYnUkz51b3w9T3Ao12V3UUU+mcmJOGi5ZHWqFi4Kd37t+Osq+AHWi"
    "nCaRB0G50jbuaFBNb7uKU+xV3d5RgoQBmzOCiE8MZC2QBWdjffLgd2tt6EQfoCDD4ADBiB"
    "DHITqyHOQQ28Qa0bOa2yP0n1tLKfU6CwLwRUC9BnjJ4krdysiSGZ8M5iVVXnNopYqvgopP"
    "JN/NR7paXo9TC+7BXlBzal9EiVGjbKjh9rLbaHj2C39/mUU7jUjJsjJEGg6RlCU4Tm9qVU"
    "av/QyR4VOqHnUNM9/mUaQESFMeWOChm0xmbjR0tr6DNee5SnLly+I9J0HUP7XgpIpacFKs"
    "Fpxk1ILhOmsQuJQilYFLXQ5ckiobqbLpkvg2aKiyKdYunEgevPdHp0wWFE0GVeVAN2xdpU"
    "wEjCKXy2L0wsXGcBkSruCvxWFMkGPoWyiaft7x49+QY21YboGI9u9wQGmIYpFjPyPcrshx"
    "DAeeHyJfYUm2T7yqJU+G7XsoQ06qyJCTYhlyki0td2ZVHJ6IjTtOHYfcmJxi429EcHrT79"
    "PA3pqRN8OEVTE+xPRSLUVvxN575ztQJ9ew76LO8tmpRFRaKS8lWqosbNpq5vCMylpkQk6r"
    "qf8BM/YBU4M18UGWamtZ7Kom5xjVtRKMeKzOlfjNEx87a7INr8Z/ATcJnEdwITpUKAy6Hp"
    "7eHe9Pb9yEtxxVq6VbUko3y+6EeZmbDnuyh7MY/N2wK5SnAhCnggMxzGKAd0O4G7twgoRT"
    "A4QGY22YKl4sMMgfIDnEf3ZjiLue7jzHLrLBhtvALhKQzVBwwLOTu8aaF6MT3/BbvPNEtv"
    "LgqK0s38Mq4zYsHrdh3rg5DRMZJiilfrnL+mWZ3q7PoyvT2/0Y42zZMFr1NEYxEhkqUD+H"
    "ujTLHc9NnQcec/v0vG45vwyhDABI+WbElB01sc0hlehKc3IHIgASGrzDgb5LdXeWM3kv0D"
    "nLuUImwt0G2wLQ/Y64yLyLDshFKBN7PY2xIx6qkmPrSEWyFJs6RKoXdRc8Uy1sAC9c4rzw"
    "3WTRElPdJA5irmGayNoQHbmW8PMXnaNnPDOLcCzw8zJgaCTu9zw/ZqCtzhWq0N8dXraCov"
    "kWfeP5shemtXnpEM1y9G88d0yKGn5jF/nXmbgo7jJAzELwMOS7wVwGdze3CjUWfus4uf/Q"
    "7DXyl5Oedws4tVka2lJcCP7eTwzxp0MGU6gOf07ckF8XZ5cwfITy+2rkJfqG4R+tbJd9Q3"
    "AP/ynZhhAbfuI1wBdhJh7vEa5ArwtsmIAxB48T6ATrL4AckEa+zw1MXp4ox1rw2n/OlreF"
    "f7yAnXNNnOLgiyhVUHDTw6ItZOocfu0UqXPC4coMQbGzTIyky7aMhv4yw0rmhWGJfWGYNT"
    "CcV6Wlk66CHucrCvbn7JAX7m1xEllzIF1zwOdR6r4v4lSnw7QXL44SzUH0vm9PZ9C3/ONp"
    "cSs+EbvkgZ7napYjShR4pBWLFGEUsuqkKI7nRBV5vMuA3+55TtUN8pWBvTUCe6XH+1N5vB"
    "dj/GQe70ezYabiOCqVk78qKSd/lVdO3smZyLeWZRJMizYKJ28uz4HmWAiHG/RpN9/bu7sP"
    "CeHn9n3aEPz14+07EE9TdZ+zvPQutF3Fpsn1abVBz+vghEMQnTnbMVhYDvBIteI5YiQyou"
    "OAtH1w3cjfzgvlyDiJlM0L6gFGTHhhcoX9/rQFXfWQU2knELKafT8SjdoT2MNg5DMbgyaG"
    "/tg87JLonqwZlSO0Z4pKFYvru0JWqhs23msEVLzx9TVWvJsbMla8yehmoXjT+QLOjEdXkx"
    "nCsRw6UQovOBvqBl7DsR/sQRw/8ptxc5Mw/XF4cgLJT3PL45aGkMoFmU2sB0qH8zJrnRb6"
    "/tq1uGNCk4CMHZn01O+0p77nwhu01g4aI+mdlmtUScs1KtFyjbJaLumcL52cz0X26Z7YE3"
    "MTzZF5kk6kxQIPM7G6iTXcnySLIotXHPUICujQM8V7NZ1ecwlkMnnO3eSETyLPF+Fns4oq"
    "0PluigZDusFs7ILgITwYA2eqvIRZx75brjE1zHRhQg9mTi4KKfN0R+bxxyj3Nb1fyxYRd1"
    "nSCd3KZ+ESUGiwJmbh4kivm0o+fq1HosOdWCNBKEEo5aCuMMqV/PskDyfDAM8TXf6Wr4lq"
    "jERO1nKBI+ShDpc0EnnKzhPavaJGbGJVKKUkZTkZsNpVoKsHrD6R2Jws2JQnOmdKOpWIz1"
    "Fb1QgbVwoahF0NuhBFgDDa9YK4GYYwl0u50+mE2/bmk6vnvPYPN9i5nkOFAHx5eal412Qx"
    "eT5D2DSFxws38Ll+XFxGjj7NLavYC32feSk1S0th13a4YxsKg/VXB+oYSZc1FA0hHlcyKo"
    "xLjArjrFFBxkfJ+KgOjkdf4qN+MQS8hYFR4nopyxRFRC3CppUYJs82LawDw8HJBohQzdna"
    "sawCfmUqxFyYXMiDQXbQt6ha1Tf0jPLQfeBoODl/9oJ8C8e5TXuOVE9UtasBm3S6UJeWin"
    "Z1nFvq2o52bHapOMd4PtDnkFe8IbjTCthOC6GdZjIGG/+TF11Uwh6FFJI1qsUaJUBf4tF4"
    "UmdC7yh6OKXbr7TIjfwm3qp1g0DTdD0EezQeV/HeGo+Lvbf4tSTe7tJbzSk2zJrMSJquf6"
    "qD9ue29DEuhr6/tnXNc5xcAbo8JnVHJWOBq8ehSkeGI5raQ6m6fqroLKUEV3r6dsE6HJuZ"
    "LeBcMcnuuQKcXcadMgr/5pDPIhryb8ThOQQu8qJI020GpYGkDvHjK9V1rPleTef9kiDOE6"
    "xgLmoIOnnh9/ITQ0E/yKLC3zlUo3JzrvB/9uYrgzHoZ4Aeie36WVoztaXavwOvngQ8B9a2"
    "SMMUzYGQYOY53Db8gHkqVaE4hfex8wg34fmWeR/omYudB+IixRuNJmP0aor+zwDFtGXoum"
    "3dqTQt/zCm5a7tk8dWlj6RWeAHE8NjW3mTaIMYeZcn9YX1OEPWo0J5uIEfdBBWvwtr36Xf"
    "Kk+gxF7An87PtV+SOChGc/rMQbHNfe4Zpguvxpf8fk+xvx8ln5DUUhUvhR5rqThjp2Loke"
    "QVvihVVaVIm+mrOvYSkuqqboIvNSpd1Kg8jbz/VagjvhAhzV7kCPvJBoMySd9Xbags1nZ/"
    "EDXwUcxb8S4CjyMQhz2Ghi8vEU/k+XwmZOb51iWMi9kL7CDsEN/tCORqFnNM4mW18yKnj3"
    "KL/cJ4Lem7WDaRvkrSV+lYg9C++C19D07rexD0nuU2S3yYdjTSi6mxF5O1WDCSZ5EuAX5H"
    "05uMsSdG/aSukB0Tp46qRBKMTR0NUkQg1Uetq49AcHIL3p77dasR8QlTrzlEI8Y6yJxUR8"
    "EaEXJ9anCoUM1a2Vw+mqHwyK9USHR+d/7dRO3afpoXaWvIoixd/qQytQ1lKvlugwDGGox6"
    "krKHo34moxxiUjrMa+KwXG1iIRMdo+gNF32UugtSGd52EqoN/Om62adiNBLQcuuCwKoFu0"
    "LPPQjjU0qmSDoGwt022dw6FtY1zHJ9M3cXB2WmGmq5xiL8i/METQWTjW0BPFvk2ZyJEnln"
    "eaz3FomZyZ0khZvj0mKEIiLkUTZAjHsyzrcIZoJH0L+sOUM2tJ7zdLR5Rpvj3KRls410mm"
    "zbadI1XLOW5SAi6KHJYFpFZTEtVllMMyqLFXYedVhCWYTvyfcCjjtO0wuQywSod3+/L9fn"
    "RfLTh7tPv4bN00q+JOhLd5WTmLkY8LC9BLsB2LzcE/x3l4dX1NJoZwhlSUXpAim1drW0dp"
    "wP83JWXXXThZe39I5puxCsYjgLKxsufKqZz2jqCgXGUxdmjOBAobzA0QzxzybGipbNew7R"
    "DNsgNM/GV6hpSxJJZVta2SakijxX30JEYxQSzgI41XDJ1MM0IpPAZop7By/U2iHnGUKZOL"
    "9UgbnD63RazG7iulfFlplaCQ0bPAX69PXDh6dSsf1MTIMrmy5yNGzRtUFlBZseJ6mgX1sR"
    "xuDBwvBjy3OZoXNlF6aUmDOeaXoFE1Nc5OqtZwHBIGySk9KxtV5z60QFTfn1oHGmWJTUqz"
    "2pXi0cloaseYy8y1qJiw2BJ3VnyP8GvnzFgCdfZaL/n4AHd8nKNgsduwqUmzGaLuPe1CW6"
    "irPQqNhZaJRxFjpDAdT2Jca6EqgdSpx2KHFmZVBuDhE/+Up4NGybi6zBQRsudS2vEOzy+V"
    "5LRo2TSM4/zfkDF6LOyQJYz7pKuCSlrNDcZR8qzcQwBo1UrQlKOcpdHuWFQQ22bDTMKVI5"
    "zl0eZ17lDeQyR3XIog6rmKbrXeX19o3h8JKrxY2H7XsH7VGK2ksLYDH6/bUABpqgmprmJJ"
    "V0lC3XM8e0bQcqmT/uejpPYPcqmpMzq0t+nL/CtCYXORpm/8KgTL38EDXZq07+DXh8+sLE"
    "9MHj2l+XfOdFe/BigYhuuLyaz8fAv4sXN5yMrxaKdzMfTxRv+opcwed8MedFD4dY8a4X+o"
    "3ija+GkwGCc1ONwOdk8grorvRLoHt1Ba3Go2sdjhcT4rd9/hp94y5N35DBuNdmRjfdvUdU"
    "KMPUcHkxduQQXtwIHnWAVlgX+nOG14A0sxBwBEu4gjxovyCcWFQ9YsRZE71YXR6GJT+Srd"
    "STd0tPXhxhvl99eA6FdxLO7fwJZyh9RqFBtcVZWCmV6wr/4Pf/Q6GOwR5Vbt7SgDT2o4n+"
    "cFSN7SzhOjO1kkiO7bUkP4DfvMsD1jQOtwq0k2JoJxlopWd2Ipi8WjR5WTi5dM7ugr+wdM"
    "4+IdjMW8GErbVFx0ik3qWK3oW5xK7l+B4RyFQu5RO+iRu8RUGEyQ2+LJ7yCaITTnpsbvCW"
    "nWbqH6GquMUKkC60HsdJpPU4bT22vbkp7EZZREuTGSfoZOWt6qmM/VjXJhrzJKXUmHdFY5"
    "5j8QuePjvqDSqCpQile3ap2nyHVwua8367Z2emVqfcs0OrRY7uPGbQqOicHTOm7Fem31GC"
    "DDq3vkfe1DwxQeAxzSz6En3Tie7ZRH0k229ohR8JQ8oFb0DWPDeB4o2Gr0Z+VSm/B+UC4Y"
    "xG/Ej3USjXe84xI8jxTK76Q0tMdZMnVHBQlAfCz5eA3CV2oR1lyN0YGuFFrQA5BDsb0DHC"
    "uVR+g8q1qaJ4Mk7A93P+uoJWqSsx66+sYCWV4cdVhmsa4YndYSUERwplnm2bfurvIA04d5"
    "rNnoSWIDirfpxndMgLBD2ABEsE2e5YAYycYNshqsGYCB/NnoMl6keL8MvRIe/V9Rzq9+kf"
    "haWI/HP+EadeEMfBpqp7PPw09gueF95wGIiJ+A+ECdKck9DSxCovd+S7E+9++FcsXr+Jdx"
    "/7oVA/YYvqvzpmKPGzZbNB627jUrd9VEeruaXn8FzFOtawfS/APbWO1XMe6tfK3hGdUGCP"
    "zpytxG4a9LHOthG2l5rsKppsGzt4VTcreUDRDV02v21vdNk7iaPOlE9S9a6OzbCSoX1YYm"
    "kfZk3t0nW2GP3zVARWcZ0NReKaQx4jk5Ed3dHzZse3I8mZz2eEa+RmjjRINZFN00nX83Id"
    "ekJTdxoVekdx3atDT0+tbudq7uaucGiq5iqWijiDK9RtRm753oD2l79+JiYucBrISRHTk8"
    "n95zHtOb85XE1J+GzOMenErg4qW3XsJFGVpNbCsPITC7PdMISpjv7wDOKipeU57DWiFnKs"
    "DVoRTEWUAArgZ+jZ3HKXO0qLDjImndbvoFDegIcaGBqBXmMdFWbqkbEGXTKv+Elqamrqdk"
    "TStaa6oo7l6ZFKcWa5eiQJcgnIYgdSxQ5UR0OUIutfTbThsIqKaFisIRqmFUTSU6wY+vNU"
    "EFXyFGO16w/FSE77fj4PwbaO/1JyHLKDcEfJvQUfR5Z+uwD9fv8xtqdEUXvCwxdvHv2Vt5"
    "ZIeXaRI0XkNasuTmgxiipOYi/45olY7J4o6ILxEOZrcnmpeJP5aAifl6MbHsKMRzxQ+XL8"
    "XPD9fpWbB7zmfmDizMqgxgvbsR4cvEK2ZXt2Nsnnye6sUIX+Tt5yBzFsmtaGxT3NRPbQ0J"
    "8GhSkMhbCzxIzLOG9+e49cC2H2CPIKiDuYbhF2CDLJwgW5hlloQ+CxPZ697j+GfvEfrC3R"
    "N7/Xb9nHcohtOS7jMd+j0XAUowkfikMAfV+izZJQFD48ZRuQytD11fByiJ7BowVgiUcpSX"
    "gabgFRgkYZxt0p0Uom2zyB15RDVnCvIHdlxZCbBI2MuZEhIJKx7xJj3w31c8txH7nsujRX"
    "HcKynyzW441tE2zmcfTBlVImfkGIzp9DxbvGe/l3xbsZX4m0QtorxRu/utSBV55eTWeC7R"
    "RDH6QnWpHVnGfKB14TLhkO2sAgWxuu4jeJ8/gcMbxlCANTOtYJET1e8yRBK2wammF5wDY7"
    "GSb+tLdX6MqA3h4Jfc2jOjyb2xMY9KgTzQBgpCWhKztcGbsLr0aWZzQudrHeUfSC1T15Io"
    "sfOM+8Zy/hz82Q/50XhpLe0yopyasl1CnJp5MWT/gOxrj2Jj/Pa/HayBD2wF371AvEf300"
    "EWSSlNKlsTtyS9alUToqF+9u5ymuVnFU5sw04F7b2TJNJwXXtN8/ZnUzJ8dIJJwF76DamT"
    "UyhNLdurzwIUzCFjQsn4F5jGxub4M+z3Pm7i+AuFu3lRyD/Y1TqrEqOAQn3jEJcD/Dm+/z"
    "+7f3FwXbxOng7eausBfdzMZYAO/T6Ap/CbR999h5ILleAKkWg0q6Q3fXeK/u8HdhVUb/9R"
    "lp0COyLY4wwu5L9I2fCPOLI7a0HBc5mOrWCtnYXSJGHnh6CWQtkAEkXz9/yNr3W+9dKvY6"
    "8GIdlCj2+LDma5kK2MGgfQ/jbCuF2ZZE2WZShfc9uY1vDZgFVgGergYvFjPfdiB+8YbiNz"
    "/gejyNADVX44mDbmjxxHeNFRC27/LQNF0Dx0g6zjTLJip/SdRBOUl1LKyfbru5rgT1dQnU"
    "11mogXMw1jmTuTQOYUckQxGqhyJIxWTxRO+vYlKzViuA2a2r70nTSXVPcjVZzgOmBmuSui"
    "CHVKKbsSUvFjVhjdNIPP9Ma8u6mGejC4Eb7ap942u7BdXZXaq7s5y7e1VoORtiBR2lWO9S"
    "PbkH2/iuWAHU6LXfArBv4331E900l1Rb9xvzV4PpTx8OTLPxWXRyhhx4jSQbFZPD1Iw9PC"
    "w1TBdeZIcmhjlCIGIwHXOsDruJWsHa4Owa77M2FIMm9fod4JwGJXp9k6xJTtm5wrCpqP3p"
    "QqaOqYJoOWoK/gZf61Ze3oniZLFJKpkwNqHkaaf42WqVmyqu2PU2RiKdbms73QbpoZpatW"
    "LkXbaewJucGbzEgP+tUIuaBhW/+XcTs9W0grJ/WpzwPmNTsTxHK7BaVYgOiKg7PQo8/l4N"
    "4u9nKP5LocvxDC3HjQyIoyomrlGxhWuUDQPgCdLUJWa1LFwpsv5lJZpUiQefFMeDTzLx4G"
    "sD1mPd/OAJot65LRwlL/7a4k5YNe2IOyJZ4aG3hsSTTvT+2hF9j7+axoMEkfTFTye2eKoU"
    "Bx17Bx/FELPzUD1Qi531jz3PybpXPZhYrBVMBafNIdHNOds4hUTr9UL3RZ6EVoRQLV7Blt"
    "Ag9ORMRunPunrsDBR5Ku08vCpot8PxqpKFY5e0QvEm4xvxefVqxiucOttkUgvLJlTkoBsg"
    "3ROJ6zaW8whoIR1v2Ws/qR1DjBDh/u7H32f96090T6md78DrdFCinT/D7A58NtYEWdDMxD"
    "xWqBDDeQ6H4EC4g/Ml7ud1CA4V6ifSERVTgyOgFaIlkEYi5tO7jUu35pO5NcPu1yTNQ0TV"
    "Qx/bM5GFQ0xKheFgQ2gwxElKmcmj86NcO1NOkkpa7Gpb7KI3a6PCf0laucC6vMCcuMRUe6"
    "HlU8sFV99Eflb6fBkY1I5C33eqq1sbMk4kq2fUqZ6RTF2CzQM9fXepXs9sSTXy9N15gB7k"
    "5NvcPboL83N/ec346jy2b+87rtMhXyi22dLKzSySajEo04bypkwlgkJlcZIqtUWQT4gsKo"
    "pu6HiLnt0S41++5tElz2dC37i0PEb8EoNRjY2lZeoII404ATNBcmuItH+H3Boa0O/FIB6F"
    "cVANjVvjodB7NncLz3GdDeZZZ9dG4Df7ajS6uroZXV5NpuPrm5vx9DJyoM1eKvOkvX3/K/"
    "d4SLyVQxeIYu1oMG5Z3qlA0YPzXHsSDNP5qdVKQOX8jlRGPpUy0t+UsjAX7g07Aulan+f/"
    "5O/kee5mhZAmaCSqeag+faKCrkF8FMeYp4rw7Ci4h4V4PnUlEOIY2vIih/cOrpTy3HjXpj"
    "NhdT8Kv3rgtlnMia6Jw3LjYUvczXckXY6uaOpuPh5XcTcfj4vdzfm1TD6NOggHzXuI7lHy"
    "r8Ed3dwgueLAxRjJ6aMWn4YFaC0+sYYSs/2X2Z//H81PLzM="
)
