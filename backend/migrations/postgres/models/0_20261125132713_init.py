from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "organisation" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "level" VARCHAR(10) NOT NULL,
    "department" VARCHAR(20),
    "scope_path" VARCHAR(400) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "parent_id" UUID REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_organisatio_scope_p_939340" ON "organisation" ("scope_path");
COMMENT ON COLUMN "organisation"."level" IS 'city: city\ndistrict: district\nstreet: street';
COMMENT ON COLUMN "organisation"."department" IS 'planning: planning\nhousing: housing\ntax: tax\nregistry: registry\nsurvey: survey\ncivil_affairs: civil_affairs';
CREATE TABLE IF NOT EXISTS "user_account" (
    "id" UUID NOT NULL PRIMARY KEY,
    "role" VARCHAR(24) NOT NULL,
    "display_name" VARCHAR(100) NOT NULL,
    "username" VARCHAR(64) UNIQUE,
    "password_hash" VARCHAR(200),
    "wechat_openid" VARCHAR(64) UNIQUE,
    "wechat_session_key_enc" TEXT,
    "real_name_enc" TEXT,
    "id_number_enc" TEXT,
    "id_number_hash" VARCHAR(64),
    "phone_enc" TEXT,
    "phone_hash" VARCHAR(64),
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "organisation_id" UUID REFERENCES "organisation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_user_accoun_id_numb_2df3a1" ON "user_account" ("id_number_hash");
CREATE INDEX IF NOT EXISTS "idx_user_accoun_phone_h_3b91a2" ON "user_account" ("phone_hash");
COMMENT ON COLUMN "user_account"."role" IS 'owner: owner\nclerk: clerk\ndepartment_reviewer: department_reviewer\nproperty_manager: property_manager\ndeveloper_rep: developer_rep\nsupervisor: supervisor\nadmin: admin';
CREATE TABLE IF NOT EXISTS "audit_event" (
    "seq" BIGINT NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_id" VARCHAR(36),
    "actor_role" VARCHAR(24),
    "action" VARCHAR(64) NOT NULL,
    "object_type" VARCHAR(40),
    "object_id" VARCHAR(64),
    "ip" VARCHAR(45),
    "request_id" VARCHAR(64),
    "details" JSONB NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL
);
CREATE TABLE IF NOT EXISTS "audit_head" (
    "id" INT NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL,
    "hash" VARCHAR(64) NOT NULL
);
CREATE TABLE IF NOT EXISTS "company" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "credit_code" VARCHAR(18)
);
COMMENT ON COLUMN "company"."kind" IS 'developer: developer\nproperty_manager: property_manager';
CREATE TABLE IF NOT EXISTS "community" (
    "id" UUID NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "address" VARCHAR(300) NOT NULL,
    "scope_path" VARCHAR(400) NOT NULL,
    "build_year" INT NOT NULL,
    "land_nature" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "developer_id" UUID REFERENCES "company" ("id") ON DELETE RESTRICT,
    "organisation_id" UUID NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "property_manager_id" UUID REFERENCES "company" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_community_scope_p_f135c4" ON "community" ("scope_path");
COMMENT ON COLUMN "community"."land_nature" IS 'granted: granted\nallocated: allocated\ncollective: collective';
CREATE TABLE IF NOT EXISTS "building" (
    "id" UUID NOT NULL PRIMARY KEY,
    "number" VARCHAR(20) NOT NULL,
    "community_id" UUID NOT NULL REFERENCES "community" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_building_communi_498b5a" UNIQUE ("community_id", "number")
);
CREATE TABLE IF NOT EXISTS "house" (
    "id" UUID NOT NULL PRIMARY KEY,
    "unit" VARCHAR(10) NOT NULL,
    "room" VARCHAR(10) NOT NULL,
    "contract_area" DECIMAL(9,2) NOT NULL,
    "measured_area" DECIMAL(9,2),
    "building_id" UUID NOT NULL REFERENCES "building" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_house_buildin_8afc0b" UNIQUE ("building_id", "unit", "room")
);
CREATE TABLE IF NOT EXISTS "house_owner" (
    "id" UUID NOT NULL PRIMARY KEY,
    "share_percent" INT NOT NULL,
    "house_id" UUID NOT NULL REFERENCES "house" ("id") ON DELETE CASCADE,
    "owner_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_house_owner_house_i_af75dd" UNIQUE ("house_id", "owner_id")
);
COMMENT ON TABLE "house_owner" IS 'Who owns (or bought) a house; an owner sees only houses listed here.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXW1v4zYS/iuCP2WBNEhk56W5wwFO1tv1dRMXWe+1aF0ItMTYvMikVi9OjO3+95J6F0"
    "XJki3bsqovsUJyKOmZ4XA4M6S+dRZEg7p1NjJnACML2Ijgzq30rYPBAtILYf2p1AGGEdWy"
    "AhtMdZeA8C2nlm0C1aZ1z0C3IC3SoKWayPDvhR1dZ4VEpQ0RnkVFDkZfHajYZAbtOTRpxR"
    "9/0mKENfgGreBf40V5RlDXEo+NNHZvt1yxV4Zb9uXL8P0HtyW73VRRie4scNTaWNlzgsPm"
    "joO0M0bD6mYQQxPYUIu9BntK/62DIu+JaYFtOjB8VC0q0OAzcHQGRuffzw5WGQaSeyf2p/"
    "cf/9FizRTlcTRWPg/GitIpgZ1KMMMdYZsB9e27128EiFvaYTe4/9h/OulevXMhIJY9M91K"
    "F67Od5cQ2MAjdUGPUHZ/Uzjfz4EpxjlozyFNH3QTjIOCCORIwAL4AoB2AGlnAd4UHeKZPa"
    "f/Xpyf52D8v/6TCzNt5eJM6IjwhsujXyV7dQzvCF8dLqEuBniAnYUL8pA+FMAqTIEdEtcZ"
    "7Y6K7NWtxP5OsIYY5Kp9KwVXE4Y4hLTE++1sxJlCjMnhC88WDRrAtBcQ25vyJtnDRgzyFc"
    "qu+WPoAGMK9q0UXE3wnDiWW+RfTLAN3ugTgbcJNuGM8Y7yNLiiPHTMJaQl3u8Eq2iJdAU8"
    "PwNkWoz5sX834bBchMNyNoflFIctlRhQMQDtvoR6S1LtatilZpK96bheIR3Xy9FxvbSOU0"
    "3I4FCAYDC9pzU2WkAx3ElKDm7NJz0LLuqj84qjT19QG2F95XM9B/zx8GHwedx/+IXdbmFZ"
    "X3UXv/54wGpkt3TFlZ5ccXwKO5F+HY4/Suxf6ffR44C3DMJ249877JmAYxMFk1cFaDEBDU"
    "oD1BJcp+qPKj+lnJmWINrCWtuP6tyDbcbM3+cXoWnmYZVG9wMxIZrhn+EqNUNxiGZY/keJ"
    "bVQaPaIJXsOFQ1K0KAj01aHtwvBERf1peD/uuGhPgfryCkxNyYBdnSNdo12lgb/zKT/8/A"
    "T1EM1/EuYJBeBY0JvsN0fpC+2ioeioZLGgD2wjuCVG935HqyOc/jKRYgORyCQ2ABNDM121"
    "kBd8CcBg5r4Suze7U1yoBA6QQNiyHR9MohWgqsTx9G7r+Giu48MkeobjY/3aL6Ct9bKcvN"
    "LHuJXcH7pg06H5Qhdq7Icu08PFq2LCJYKvrKWgcIINky6ITHuleMONNuNLWG9LqLNCSmew"
    "fmL/sqUjvVwii5hs+RhcTzDQFgjfSu7PRkvGXpElYy97ydhLOQWQRVfIK6WsT4ynq7NY1M"
    "k3xtRtWazjNJU4XdZru72BfFVEoq+yJfoqJdEGsKxXQifUObBK+UFShDV2cG2ItlxIpOUc"
    "kZbTIv0K1TmwFar9sGgazwY8RdgK9zrh9iGzoGXRJ1Ne4EqBWE2DPoZvdi7ogh6aIO55vq"
    "bBb+OEmynA+eSh/9u7hKvp0+jxp6B5jC/3n0Z3HD9MCHR3DizLhhRhi3559JGmULt1Sq2u"
    "kuinCFv0t0G/7EybptwR/k1S/QYFqLSaSRC1Ql5eyD0AS5uSCapWuNcK9zNAOtQUncwQFv"
    "gOhzhDvlN0HNbIc2rtYh16viuoZ+wJfpAvete9m+5V7+aUJUXQorDkOgf94eOYz8Yg6guF"
    "yME2EiRl5McqedoKopVHpE9qFJwMMMmNTiJLAaqNlgLnwh0hOgQ4YzqO03EsnlLCXY2gQI"
    "Htl613o9GnBEfvhvw88OXhbvB0cuGykjZCXkgtPbTaJIBsLdbcJIB4qmjJVAABaZsQkJsQ"
    "wOfltmkBBdICBGK2RXIAS5fbNqD7kfUxYmGZI9RlB4no9h0N2YMldO+WiuvGak/zoruAtV"
    "Ng2PAgwV0LfhVID5plWvU+QTW2/GH9wZ4x/6Msd7vX8nn36uayd319eXMeWvXpqjzz/m74"
    "EzNDElNfYJdkx33L2yeNtUuOxA4pZO/TgUxMoQWS7ZmI0zTBH5R0THSvCjgmujzPIscEq/"
    "ouwDg7cSIP5a1SJmqNc/V5CEAVW3i5GItNjibkHlTvYSPT/0PV9kAqgTJH1jxR7hXbHJCz"
    "NyAD6XJ6OUHUPJSrl2dklIo4Gc3EtXdZRHovs6X3ksfVhPQ1rbLim6RqHs7Vy68GbYB0wb"
    "L6v59Hjxk5dxEJb5kj1Zb+knRk7SzcEct/nTpItxG2zthtD5ECyyDKj/TxQT3O+mYdpCJ9"
    "JlyWD/TFiVo7pIDcl0W4BXcNuCnnabZPb+f+qo8QJF0/qcrT9d6qedCuNjsRMh1VwunuiP"
    "1UWwadsz1Qh3UBHnrU79EJ2CrapivaO2p9ad67p/RsWJerZqfxVpUq2T/CLYDuzj0vya/z"
    "Z7sLrE67wHyulFANEUUDlUP1x3CEY6BkdgBPV6Vo1zfssnluQELXbJkY0MQdx6dcWgAvX4"
    "mcgPv+5/v++8GeUwIahPZOswEi8RTM+gnZzZ72E8OlPourdoJvz7c7rg2PQNMoMwTqLydY"
    "GZE0EOVuIZS7OSh30yi3h5nt7TAzd0GorCAQrAoyPTRJoiY5aqrbegGwpmBgO+bGx25wXd"
    "RZeXRmJsD0IW4l/2KCga4TFbhl4eUE07fTobvh4FaKrjsbjIYLucgJDXL2AQ1ye65fm9LP"
    "EAmObylnofJ0bTI/lwpTl60SdRtL1cDLH0tU9mBKMXkrxDXekVJTQa5wS4pQL1fj4TMALu"
    "Lfq6cUr4WYn4wK4MtrgBbmAmeuirXmFhusgnjclg7VePCvIVpk1z5VV1LFHtVAiHP9qWGj"
    "1pvaelNbb+pG3tQX+mqbekcC2jpjHc3LsWNCixwyuolDZAfBbBOypDyV6r8yo4Aja15G+M"
    "VNEdfTTbbr6aZkTlHaKhYMm10dsl0zVmTaC3HJDSb+FqQ9GlVeVF9gUoXh/myDah42qTgp"
    "LZ7wxpjJfk1CFm1mWr1MrYA3RSeZoH2dp/9Np5fKP//lCnwJcIP2LbgFwKW3czWWAkwIBJ"
    "EjqKIF0LPS/jhaPnbkEZ/5nRwh+jlovx/cDx/6n05+PJW547bie2+TYC8gsByThdrKg52i"
    "3Rrses76VWEdTJ0lQwscWRu5yY8pxA2ULf2vDfQCnnIeWE64Nk9jdb8T0p5sdYglgodY1j"
    "ohxHPNYkEhYcN1S4bOr3PCPgxjSSfElKbEmc3tdxJwPwYK/yUB7H01RrIgtCSC9ZVXY7mb"
    "qqEm0cUEPONdMpV1Kly2hOsh7y3bxUqtFisWtZyhYkBTFX6xMHtnI0+3v9S5i/NjObTYG9"
    "3lBDlO0xocfCYOUyFlU3BiNC2g+RZcqKu3NN+atiuGt93ig1RsuKWktgJUC35z81hBjQ/U"
    "stbwTs+EgCZS5yIrz6/JtfBA1KY24fWtT4Lw2bed+VT7FPhsq2lJF1wlD/qLkTTQFylfFj"
    "nCi7bKjtlepg7xYoOqBMJ+8waiu5NvODKHrdDmzz66K0ay/6O7DmNLVXZI10HP3fj+N7/z"
    "uLw="
)
