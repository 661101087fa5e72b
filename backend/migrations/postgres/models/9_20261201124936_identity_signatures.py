from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "identity_check" (
    "id" UUID NOT NULL PRIMARY KEY,
    "provider" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "consent_version" VARCHAR(40) NOT NULL,
    "consent_sha256" VARCHAR(64) NOT NULL,
    "consented_at" TIMESTAMPTZ NOT NULL,
    "challenge_digits" VARCHAR(8) NOT NULL,
    "challenge_action" VARCHAR(12) NOT NULL,
    "challenge_expires_at" TIMESTAMPTZ NOT NULL,
    "video_object_id" VARCHAR(64),
    "video_kind" VARCHAR(8),
    "video_size" BIGINT,
    "video_sha256" VARCHAR(64),
    "video_uploaded_at" TIMESTAMPTZ,
    "video_deleted_at" TIMESTAMPTZ,
    "precheck_findings" JSONB NOT NULL,
    "precheck_facts" JSONB NOT NULL,
    "prechecked_at" TIMESTAMPTZ,
    "provider_token" VARCHAR(128) UNIQUE,
    "provider_url" VARCHAR(1000),
    "provider_score" DECIMAL(6,2),
    "provider_liveness" VARCHAR(40),
    "provider_result" JSONB NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "decision_reason" VARCHAR(500) NOT NULL,
    "passed_until" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "decided_by_id" UUID REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    "owner_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_identity_ch_status_bfbada" ON "identity_check" ("status");
CREATE INDEX IF NOT EXISTS "idx_identity_ch_created_bd9603" ON "identity_check" ("created_at");
COMMENT ON COLUMN "identity_check"."status" IS 'awaiting_video: awaiting_video\nawaiting_provider: awaiting_provider\nchecking: checking\nretake: retake\nin_review: in_review\npassed: passed\nfailed: failed\nexpired: expired';
COMMENT ON COLUMN "identity_check"."challenge_action" IS 'turn_head: turn_head\nblink: blink\nnod: nod';
        CREATE TABLE IF NOT EXISTS "signing_request" (
    "id" UUID NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "requirement_code" VARCHAR(40),
    "status" VARCHAR(12) NOT NULL,
    "scope_path" VARCHAR(400) NOT NULL,
    "original_object_id" VARCHAR(64) NOT NULL,
    "original_sha256" VARCHAR(64) NOT NULL,
    "current_object_id" VARCHAR(64) NOT NULL,
    "current_sha256" VARCHAR(64) NOT NULL,
    "details" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "application_id" UUID REFERENCES "application" ("id") ON DELETE CASCADE,
    "created_by_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_signing_req_scope_p_be5033" ON "signing_request" ("scope_path");
COMMENT ON COLUMN "signing_request"."kind" IS 'application_form: application_form\ncommitment_letter: commitment_letter\narea_confirmation: area_confirmation\npower_of_attorney: power_of_attorney';
COMMENT ON COLUMN "signing_request"."status" IS 'pending: pending\nsealing: sealing\ncompleted: completed\nexpired: expired\ncancelled: cancelled';
        CREATE TABLE IF NOT EXISTS "signing_party" (
    "id" UUID NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "field_name" VARCHAR(40) NOT NULL,
    "role_label" VARCHAR(40) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "signed_at" TIMESTAMPTZ,
    "reminded_at" TIMESTAMPTZ,
    "reminders" INT NOT NULL,
    "request_id" UUID NOT NULL REFERENCES "signing_request" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_signing_par_request_caf550" UNIQUE ("request_id", "user_id")
);
COMMENT ON COLUMN "signing_party"."status" IS 'waiting: waiting\npending: pending\nsigned: signed';
        CREATE TABLE IF NOT EXISTS "signature_evidence" (
    "id" UUID NOT NULL PRIMARY KEY,
    "signer_kind" VARCHAR(8) NOT NULL,
    "signer_name_enc" TEXT NOT NULL,
    "field_name" VARCHAR(40) NOT NULL,
    "certificate_sha256" VARCHAR(64) NOT NULL,
    "certificate_issuer" VARCHAR(200) NOT NULL,
    "identity_result" JSONB NOT NULL,
    "sha256_before" VARCHAR(64) NOT NULL,
    "sha256_after" VARCHAR(64) NOT NULL,
    "object_id_after" VARCHAR(64) NOT NULL,
    "image_object_id" VARCHAR(64),
    "image_sha256" VARCHAR(64),
    "signed_at" TIMESTAMPTZ NOT NULL,
    "timestamp_at" TIMESTAMPTZ,
    "ip" VARCHAR(45),
    "user_agent" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "identity_check_id" UUID REFERENCES "identity_check" ("id") ON DELETE RESTRICT,
    "party_id" UUID REFERENCES "signing_party" ("id") ON DELETE CASCADE,
    "request_id" UUID NOT NULL REFERENCES "signing_request" ("id") ON DELETE CASCADE,
    "signer_id" UUID REFERENCES "user_account" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "signature_evidence" IS 'What a court clerk needs to judge one signature: who, proven how, on which bytes, when,';
        ALTER TABLE "upload_session" ADD "identity_check_id" UUID;
        ALTER TABLE "upload_session" ALTER COLUMN "application_id" DROP NOT NULL;
        ALTER TABLE "upload_session" ALTER COLUMN "requirement_code" DROP NOT NULL;
        ALTER TABLE "upload_session" ADD CONSTRAINT "fk_upload_s_identity_e199c01c" FOREIGN KEY ("identity_check_id") REFERENCES "identity_check" ("id") ON DELETE CASCADE;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "upload_session" DROP CONSTRAINT IF EXISTS "fk_upload_s_identity_e199c01c";
        ALTER TABLE "upload_session" DROP COLUMN "identity_check_id";
        ALTER TABLE "upload_session" ALTER COLUMN "application_id" SET NOT NULL;
        ALTER TABLE "upload_session" ALTER COLUMN "requirement_code" SET NOT NULL;
        DROP TABLE IF EXISTS "identity_check";
        DROP TABLE IF EXISTS "signing_request";
        DROP TABLE IF EXISTS "signing_party";
        DROP TABLE IF EXISTS "signature_evidence";"""


MODELS_STATE = (
    "eJztXXtz2za2/yoYzdxpMlf12LIlO+qdOxOnbuvdJO7Eznbnlh0GIiELawrU8mFFu9vvfg"
    "HwIT5AiqBImWLwj02ROKD0w+u8z78HS9tElnty5zxCgl3oYZsMpuDfAwKXiF4Inw/BAK5W"
    "26fshgdnFiewsy1nrudAw6PP5tByEb1lItdw8Cp8F/Eti920DdoQk8ftLZ/gf/pI9+xH5C"
    "2QQx/8/ge9jYmJviI3+rh60ucYWWbqa2OTvZvf173Nit/7/Pn2x594S/a6mW7Ylr8k29ar"
    "jbewSdzc97F5wmjYs0dEkAM9ZCZ+BvuW4a+ObgXfmN7wHB/FX9Xc3jDRHPoWA2PwP3OfGA"
    "wDwN/E/lz8b/jVEs10/ePdg35/86DrAwnsDJsw3DHxGFD//jPodwsIvztgL3j3y9tPr84n"
    "rzkEtus9Ovwhh2vwJyeEHgxIOehblPn/HM7vFtAR4xy1zyBNv2gdjKMbW5C3EyyCLwKoBU"
    "gHS/hVtxB59Bb049npaQnGf3v7icNMW3GcbboiguXyMXw0Cp4xvLf4WugZWWKAb4i/5CDf"
    "0i8FiYFyYMfEXUZ7YGBvMwXsr0ZMzCA3vCmIrjSGOEL0TvB/UGtkKg1Mybhkh8VEK+h4S0"
    "S8umOT7qHWAIUbStvjs7IgIRTsKYiuNLKwfZffCi804sGv9BvBrxpx0CMbOzqm0RUdQ995"
    "RvRO8F8jBn7Glg7nc4gdlw1+4mOdER5VGeFR8QiPciPsGvYK6StIu5fY3tJUbS273ElysD"
    "3uotIed1Gyx13k9zjDQQwOHQoW04/0iYeXSAx3mjIDtxmSnkQX3dnzqqNPf6B5R6xNOOol"
    "4D/cfri5f3j74Vf2uqXr/tPi+L19uGFPRvzuJnP31SQzTnEn4Lfbh18A+wj+7+7jTZYziN"
    "s9/N+AfSfoe7ZO7LUOzcQEje5GqKVGnW5/dPPT5di0FNEe3Nphts4D8GaM/Z0/CVmzAKs8"
    "uj/ZDsKP5K9okzuhMogWcP5Hie327vYrOnAdCw7pqUVBoD8deRyGT3Sqf7p99zDgaM+g8b"
    "SGjqkXwG4ssGXSrvLAX4eUP/31E7JiNL8lzFMbgO+i4LCvj9Jn2kVP0THs5ZJ+YQ+jPTF6"
    "F3a0OcLjrxJSjCvdE6MfsUv3Vmj9SrvqK0yuh1Z7wvR2tXLsZ2jd0656uuwoFEzC2ROoew"
    "v+FnTUI5jY4WeP7MShlzoO84+Wo2X2DiTwkf8k9m72phCwXx38DI3NO/pSxN+YUz9mWgzL"
    "FJCroC3/DVHjXTrIwcMCAXtNR+o7F4SEwLOBR2+v6EFlE2h9j8ncdpZ88AGxPWwg8Erzz0"
    "9PoeZfoBH/O2N/5+hM8yenkzm7Nk16PYIX9K9hjnn7meZfzkaG5o/PL2jL8cSkdyaXk7PX"
    "Q/a2rAjcqS+nkbD3Z/pm+rIfwBp7C5MyU9Bib0zSXqA3FyEtwC5wkGE7JjKH7AuCgMOiH3"
    "ziYYv/GGgYNv0EHm3kngyGSgHcCSFjWKYA5nNBD+eClCo4R9llNWVNhcn5qIK+5HxUqC5h"
    "j9LakkcHknrakjSl0pYck7Yk2mJJjXHP0jYw8t3kWbo+0BEmpSPNxGJJrViCpMkDrLuDWl"
    "8p5ocagz1VYhUVDx2FdKcuLDGhUpqwd2/v37398aZMEdamlMBRF8gG0WgUSwT8B4XMpXJJ"
    "6DdH6thWgUvCbqtsRNtlTnTABcFpIA9qhB5RztMU8H8a2ZqVdQc9Y7RmLQU3NbJybCrMeR"
    "s9WG60WfYO6+0ZWewmpVuxfhIfmVGXXj5j13aYYTe61gg0l5hMAf9Xy5h7UcWYe1FszL3I"
    "meuxu7LgRpf1VsnSdXladMlrhW23slgnaRpxh9i92x0M5EmVGT0pntGT3IxeQddd2/RAXU"
    "BXykMhR9hh15OaaI8qTelRyZQe5af0GhkL6Ol09yOiY7wY8Byhmty7JncImYtcphnSn9BG"
    "R8TIg/6AvnqloAt66MN0LxN3b/7+kJJ0I5xffXj799cpaff93cefo+aJcXn3/u46Mx4Ogh"
    "Y/A2WHIUeo0JdHH5s65VtnlOuSRD9HqNDfB33ZkzZP2RL+fdr6VxQg6W0mRaQmufwkDwCU"
    "ZiVTVGpy75zcc4gtZOqW/YhFHiu3pGB+5+gyWONAqdWGHHraFtSP7Bt8Pzq7uLy4Op9cXA"
    "1ZuAK9Fd+5LEH/9uNDNk7CNp4oRNySLGsfydIq+0iX7SPY1aHh4WeBcuHati0EScFxnKTL"
    "DPGMEra1gqIN7LDDen139z41ote32XPg84frm0+vzvhQ0kY4UPHnl5Zyzy/exfprcA6dc2"
    "qMeppSbaZd3kyTobqSRmcBqQrIKLU9Z+OiVVhGBVO0YJrtE5wR+E7u6d6b90U9snOrkis0"
    "C+3cN/jgF9bHHTNU9hUluFpZ2OAw7O9dH/XUn+Wcwuq/GwPo5rnawjtGlExkYLeR6dT3YA"
    "1/ZdnQpKzmHFv77lQfKDQOhtZP2DpGSUQCr8gqtm/sHe/sPuirr4hhk+4z2NvoDS3K27C/"
    "dwtkPPV0VcaYGexHHhiwo5xlLuX7oec7SEfPDD1DpNuSCT+L+rtJdNfDmcZwo53ozLtt7z"
    "jZ+6CzX2lfvQ2VjQBzEP3OrufqoYauEeQ+BZ32Cbs2nZnf+ib2Aj5W4NKceDosc2yGrB3d"
    "NqqGObbi1+yifwpmEH4sNGiFBM2YsV7WFSqwY70Zjc7PL0en55Or8cXl5fjqNDZo5R+VWb"
    "aub39mGvhhUiEYqeSLXZ7llbS9Vcn3STtLF7ItjgUqNsonafrgCpEJp5xUCafMjlkinHKS"
    "tckHeBXHDJShvFe0QKdxbt4FHxpitXcpxv2NC27eucSe/QMZXgCSBMoZsv5N5YtqGetKEt"
    "YVIC23L6eI+ody8/MZr2TgDVr3D9eLcZXZOy6eveMsrqHsJzl901T9w7n5+WsiD2JLoJT4"
    "y/3dxyLPiZgky5ljwwP/ARZuT75OhH7OfGx5mLgn7LUvEf3JIEox6Tkn16w/a4b7Zh3knF"
    "wd9Czv45okUnxIhXkvi7ACdwe4OY+Slwm+5xqpXxBMq35yD4e7tVWLqF1ngvALFVXC4+6I"
    "9VR7+lsXa6BeVgX40qv+gEpAtdH2faP9zXaeTLi5e0aOg00k2m6zTUo33XXQWLeTrXemQ7"
    "wjCDA1MFgvbJf+pZ3Q8fiedgRcD3q+CyAJUjywFP/Qsx3gIg/MNmABiclz96UyGO7Zn0Y0"
    "ckM85CATzB17ybMF3nusw3c25VuxBX7mM9gCd/M5NtB3Ltgg6FibRC7E8WRu0r8jeKb5by"
    "aTEbt+g+jfswnPWHg1ZteX5yxv4RW9fzW6Ym1OLy41fzJG7Ons6g29Pn9D719Ori5oP6dn"
    "kF5fovFrjSVg5G91+df7YiwwQS4yIJ2oJnS+gBWdIHTQgWkjl6dAfCL2mlJ4Q0ApPRsYtu"
    "MgyupDwIDBHv3xLlg7NnmkCLwFDm29pow5YGMZZH8MevyBgkVfOIPkXwu6KE5Y9mCbnIRD"
    "735RuRS74h9cdoiy9SE25BTIi2H7MjPO0XEqJdAyo0xWS+Tq4SQXsB87woEShAeMB3oZ6B"
    "qMB1Iln1rULatgq2Lo+xVs1RFu89rHlhnAnmMz42el/OUs2apRkf73uAoC36SDbAqDPxTT"
    "0iWmJRwVmQMhpujhkdB8JbJ4DUgG6GXpVGrY8vC81F6zZ2xeH4uuDDORedn5JZsptoVIsx"
    "6h3arv6XZ6Ck791NwtPvZTy6U7qnx1wKsSv8eVWZKKCXQwBNtfiWvclqSHKJ9XQvm8BOXz"
    "PMqqnuvB6rlygVBnenAJS2uaqE9mweZyXEFi6kFgl3gOV6gInu6iy5tHVK5mCsILjUDLsg"
    "3I78WXGqG/zkI8s9MUbK+zBqgqq+GsSrGes+JiPWe5Yj1KnVcMfb/UeWnXvyhPvhyHmqVT"
    "+XQyjtddyVbUtbXUDLzZ+g+ytbnF5GoSdzgpVEcncoNZoYT7cjMavhUkVfR73ZzFOyHOHk"
    "YV8M3uAArmCmXnxbvmHjnOInvcngrVpPGvJ7tIdrLSb7/cOxUc76WvILkErtyFvW/CvBvm"
    "4ofuw876BJaUlj5ds74Y0juCHmz6p/HC9UeyR/4pb87gh4TYmBGdH6WmjLiRMmQoQ4YyZN"
    "QyZDzRn1ZXMRnRdhnrLUucKIVYpZBiHV1kC34kDmLRV4ZtSq2CDFn/Qn/Prqpofa+Ktb5X"
    "ksEjeYF0zwRcMt4mHRuKSlxodPArkA7oI5JiLQWcVZb1LGavzLClHnG9u6OPWATO6anmj4"
    "3TOYvMOYfRncl4xiJwri6upmBhr1nUEOLSxXcuiEQ6sMaWBWYIuLb1jMwhiyJaL+wlbWzS"
    "C0Ty4UmHeKFiEDvOILr+cgkdgf9fcemxBEmXWZcmgG2l8pi/MmsaSNOUykDaFQNphFHCQp"
    "o70GlPK/pjMQVe0siUp1RmvCPwF+9qRGF9u11iIiqzXVVjR3717mHnWLKk/55N9s78H/XT"
    "I+AFkkGlQIdI83yIMIcu7AltBDnsJXUFYQwCcSuObyiWsxZxk4aj8JIRfgwM9t+x7aUKxe"
    "uW/BKNTVXVXtS+F5JLRqlXRX16Vqw+PcupT/mElwA3aq/ArQAufR3fsXRIhR6BJIgMvGS1"
    "ecR8a4Y2KwsGxCdhJ0eIfllKjJt3tx/evn/1ZjjKJG5Iph9Ig71E0PUdJjrLg52j3Rvsbu"
    "pam8I6OjolZbEMmZJxy4WxJIOypyTWQ7enLE+bmVz143ZtVthRVYjsaIXIowGrTStWYnoV"
    "CVXx5NshWel23HCn/eq3hQ1ocxe8sh0ws/3HhfcaQMD7+YGZkHhfLGmbC2xibYInLk/wjE"
    "xAJS+Ut1E11alQxouFx+BXKsmuU5KdS8UMpK+QY4SFnipGVeboDhdYeXZ62pYw0nBcZbC6"
    "5SZykkZxZ9k4LbaFyAZoJWgUoOXsbrxX78nr9i1nSpbRTS5SMZebm7UNoPrZ7RUvmwU1uV"
    "BlRYc2Ob2tGUfA6KVsPBU8lZap9sonvLeMlYc9ucpvMUEP9bqteIWbdP5LJzZO0DSd3Lgb"
    "26xQv5hPb2zSLaiGb1SCrAHHqOPR0HbcD4rfSgch2i4WR34XinRJksNJc8ciyzEXY9m8BV"
    "sSJXiUCx7isEVpDlkyarGj0O4O7d5OrC4xylHIsoBNTkQzV0j8qK8SzXeqRN/yYhcE2LQl"
    "22p5uQvkeHgeqrQBq54Re9ezeh2FLvlXk/PAJf91Xkva4nsUN9+B7amMm+99BCLbUgg33R"
    "EWtMx2lCkQ3NQIz/TG5FmfNUl+0giz3dNP8zlyEIViCjI3NLJN/rHErkv7TkQ8Rre06G0s"
    "B0vcLH9PIzZbLVPA/2XXayW5pPFq1ElYc/OlONojQ3a4qTJ4gXXYSrxHUOup7hrdUh8Qej"
    "rniST8nIZOePpXoyuTHZRsF3OnIPFBI/QvjxebguiqzupQWQtVUE4TWQujOVhj2DOkSufQ"
    "ZZ1DF+ODuju8qp5Eh0MtDlf8OOF5JZCbM45ZJQWQMw3btCxFPj309u/Riyn4fygZ9WWzEL"
    "14vaSXLUTdsmTXexXAHDuupzvoMaiTS+/SjnP3NBYTQVwq0GeaCm9zUX6GCRNFoqs6osh5"
    "FVHkvFgUOc+JIl2XF/NblOnAuScrL3KiKeD/NOL6syX2eJ77+JLlmUJ00J4xWrMMU9E1a0"
    "33drREhM2Af/rYCehyNzUCDQOtgvT54RXT9Kyg44UNg85zt5ikyifLJm6TuRG1QE4gzUbX"
    "dGLFqlekY9f1+RTL3WPfw8LPAXl8yXr1fIcEfQZXGlljb0GBWtPJHF+ylv9Ahhe0DK66oW"
    "lSdUcOVnckDgRbOdgQ+RtUiiKLib/ByKazC4nQpoW9RBRAX8ohOU10QG/ktqZ1w/ZrOsss"
    "yOLrsKkHfJ+OiCGnoy7qoQ+p+w6tr+aWEeQ4NmWYGKskuauIyL/BfeVSYlvhkNFXUJ52WU"
    "sZKexAqSQ7rZJUBodv0OAQyzY1xj1Lq9Z3l9d3JG7W2c3TpGqcuzzOzG+7hreyr5yVj2F0"
    "55hgd1FrFWdI1Th3eZzXtvNkwo2re/AJybim5wlrCfgdG9qmRfxn5LhyLv8JCuXxn4Uztm"
    "xKujNk6VSdQhUVr4K4u+cWUhjELa5BuHV02B/aipHc3Vz+O4HNboB7pOJFz4jsWyMu4UNz"
    "84yOsuB7pXRQS/p7HAyt5uD6EPbYV8RcD632R8uxn6F1T7vqK0zs+NGNBTKe9q1pSTt6x/"
    "p5gO5TX9GiYJD9i6TeW/C3oKO+4jRnmTD2Aynan37CVp8YlaxQZ2Jj3zPwVwd94v40fwu6"
    "6yta/sqyobknWJ95J/fIjWTjfrBp6aOP8qssso/5cCF33+l1H/T2KeisR5AdyPU74EvL/b"
    "9j3rWSE7iO4uY7A6hpz84m8N/kCSB4cTHmPcDm/xBgAmzHZHGW3gIFqSC/cwHTplqYIIBd"
    "wCyJYO7Yy4L8km28oIqbetIpXs47/Ro/FirNhFoIgb4snOPddZgO9GVvRqPz88vR6fnkan"
    "xxeTm+Oo0VZ/lHZRq069ufmRJtmNQuR1q1Yq/1GoY7ZZHvlOq/ikUeGuKI6GJH1S1Fl53m"
    "a3upVnJSLfFRzTo3sc1RL/NpLzCfpcn64MjXtt81neXyOKeIFMq7UabLn7k22nI59NJUCu"
    "fdOBNblECv2Ak4aq8yVEh7/JrIg1iknf3L/d3HIpfrmCTL71AhHvyHZ2BvDfhtTCQr7OBh"
    "4p6w175EWCSDqHxAsthneBjWQc4Fm+8WksbdBI0y7AoN5lz8rGUyT1AqI2+5kTcT772nPb"
    "Kf9T+GYrtkYpbtzt3N17uy+O5CNrErpjClXwB8/Pz+fcWyP743s7/up4rkarK7uKOeTOXU"
    "nMQeWu6rsI2jeG+9IM9iX4A6kMY2No2XK22TFvRqettlkmKn6vaOIMAts4wRBGxiAHsObH"
    "o30SeL6rafsYnMIQhT5w0BHRHkOMgEtgMctLKggcy85raF/oVFgjLHWRhZziPFDYqXqhrU"
    "rVQjufHJYV5SvlRAq1R8FVR8PKusGOlqCSsOLbiHe4Hk1B7EGT/jNJ/R9rLdaFhah2B/mc"
    "Y7Dc81ssQ8vwTPNhJeZze1KqPXfOrD6FvqPvGwJbZ5FCkBspR7Vi7oJpMpDPPNFy6wZywJ"
    "h1C+LN5zUkT9UwtOqqgFJ8VqwUlOLRitsxoRORlSFZHT5YgcpbJRKpsuiW/DmiqbYu3Cge"
    "TBh2B0ymRB3mRYVQ70otZV6h/QUWRyWYKeu9hgzwXcx/kHfpkQ5FzwJRJNP2358S/Asdeu"
    "sPJB82/Yo+ZBscixmxFuVuRow4Hnm0jEV5LGEi6l5MmofQ9lyEkVGXJSLENO8jXTjqw8wQ"
    "uxce0UKBAGmxQbf2OCw5t+Xwb2xoy8OSasivEhoZdqKCwhce4d70AdXMO+DacSs1OpcKtS"
    "Xoq31N2oaaMpsXMqa57iN6um/p3O2EdIsFvHB1mprVUVJ0nOMS7YxBnxRAEn/pll9HWe0S"
    "Z6mvxEuUnKeYQP4kuN0EE3o9vb6915e+vwlqNqRWJLasTm2Z0o4XDdYU/3cBSDvx12jbAY"
    "d34rvODDzAd4O4TbsYsmSDQ1qNCAn7Glw/kcUvmDSg7Jj90Y4q7n8RbYRdYQezXsIiHZFI"
    "QXLO22h59ZlTX+n37mZx5Pwx1eNZW++qzKuJ0Vj9uZaNycmhn6UpRKv9xl/bLK29bn0VV5"
    "276NcbZXdLTkNEYJEhUqIJ8cXJnl2nNTZ4HHzD49k61TlyNUAQAZ34yEskMSWwGpQleZkz"
    "sQAZDS4O0P9F2mu6OcyTuBFiznCin2thtsA0D3O+IidxbtkWRPZax6GWNHMlRFYOvIRLIU"
    "mzp4qhd9GzxTLWwAzj3kfB+4yYIFJKaFHOB62LKAvUYm8Gzu5887B69YZhbuWBDkZYC0EX"
    "/fa3HMQFOda0QjvzmsHgMBsw34whJBzy17feIgw3bMLyx3TIaafoYeCJ67/CF/yxC4NqBf"
    "Bn3FrufSt1sbjeB50DpJHnxp9wcQLCdT9Ap6a73AxoI/CH/edy5g3w5gVyMm/XH8hew5v7"
    "ugw4cIe6+BTsAXSH/RcuW5XwB9R/At3TVCK/oRPlP4Ysz413uiT2ivc4gtijEDjxGYCJrf"
    "U3KKNAh8bujkZYly7DkraudsWFv6i+d053xGTnHwRZwqKHzpftEWKnUOe3aI1DnRcOWGoN"
    "hZJkHSZVtGTX+Zs0rmhbMS+8JZ3sBwXCWEDroKepyvKNyf80NeuLclSVQy/Wwy/YBHkT0v"
    "klSHw7QXB0eJ5iA+75vTGfQtsXZW3EpOxC55oItczQSiRIFHWrFIEUUh606Goj0nqtjjXQ"
    "X8ds9zSjbIVwX2SgT2Ko/3l/J4L8b4xTzeW7NhZuI4KtVJPy+pk34uqpPuCCbytW1bCJKi"
    "jcIRzeUZpWkL4WiDPuzme3139z4l/FzfZg3Bnz9c31DxNFPQOM9Lb0PbdWhZTJ8mDbqogw"
    "MOQXznaMdgbjuUR5KK50iQqIiOPdL20edYvJ0XypFJEiWbFxS6i5nwwuQKu/1pC7rqIafS"
    "TCBkNft+LBo1J7BHwchHNgZ1DP2Jedgl0T1dDEkgtOeqJRWL69sKTboXNd5pBNT88cUF1P"
    "zLSzTW/Mnocq75V7M5vTMenU+mACZy6MQpvOjdSDfwA70Ogj2QE0R+u8zcxE1/DB5BIPlh"
    "XtluaQilXFDZxHqgdDgus9Zhoe+vXYs5JtQJyNiSKU/9Tnvq+x49QaV20ARJ77Rco0parl"
    "GJlmuU13Ip53zl5Hwssk/3xJ6Em6hA5kk7kRYLPK4F9XWi4e4kWQTYrJSmj0BIB15p/pur"
    "qwsmgUwmr5mbHPdJZPkigmxWcQW6wE0Ru8DE7gp6VPDgHoyhM5UoYVbbbxMaU6NMFxbtwR"
    "LkolAyT3dknmCMhMf0bi1bTNxlSSdyK59GS0Aj4ZqYRosju24q+fg1HolO3+TWEoRShEoO"
    "6gqjXMm/T/FwKgzwONFlp7wkqgkSNVnLBY6Ih9pf0kjlKTtOaHeKGomJVaGUkpLlVMBqV4"
    "GuHrD6QmJzumCTSHTOlXQqEZ/jtjqOGlcKGqS7Gu2CFwGCYNsLYGYY5HpMyr26mjDb3mxy"
    "/prV/mEGO893CBeAT09PNf8CzSevpwBaFvd4YQY+L4iLy8nRh3llFXth4DOvpGZlKezaDt"
    "e2oTBcfzJQJ0i6rKGoCfG4klFhXGJUGOeNCio+SsVHdXA8+hIf9RPm8BYGRvHnpSxTHBE1"
    "j5pWYpj8lWVDkzIcjGwIEDGczSqRVSCoTAVcj04u4NNBdsCXuFrVF/CKsNB9ytEwcvbdC/"
    "IttPOa5hypXqhqVw026XChLg0V7eo4t9S1Ha1tdqk4x7gY6GPIK14T3KsK2F4VQnuVyxiM"
    "/yWKLiphjyIKxRpJsUYp0BdwNJ7ITOgtRQ+ndPOVFpmR34IbXTYINEvXQ7BH43EV763xuN"
    "h7iz1L4+0t/OWMQGxJMiNZuv6pDpqf28rHuBj6/trWDd9xhAJ0eUzqlkrFAlePQ1WODC2a"
    "2iOpWj5VdJ5Sgas8fbtgHU7MzAZwrphk91gBzi/jThmFf3XQJx4N+TfksBwCA1EUabbNsD"
    "SQ1EFBfKX+nGi+U9P5sECA8QRLOhcNQDv5PujlOxeE/QCbcH/nSI3KzLnc/9mfLbHr0n6G"
    "4AmtvCBLa662VPNvYNWTKM8BjQ0wIAEzSoig6zvMNvwIWSpVrjil57HzRF/C8i2zPsArDz"
    "qPyAOaPxpNxuDNFfivIUhoy8BF07pTZVr+ZkzLXdsn21aWvpBZ4BsTwxNbeZ1ogwR5lyf1"
    "wH6aAvtJIyzcIAg6iKrfRbXvsqfKCyix5/RHi3PtlyQOStAcPnNQYnOf+djy6NF4wt73Ev"
    "t7K/mElJaqeCn0WEvFGDsd0h6RqPBFqaoqQ1pPX9WxQ0ipq7oJvtKodFGj8jLy/meujrhH"
    "XJodCIT9dINhmaQfqDZ0N9F2dxA15aNcf8m6CD2OqDjsu+Ds5BSwRJ6vp1xmnm085DIxew"
    "4dAB0UuB1RudpNOCaxstqiyOnGX8FKyNx6VMC3bMpDsUhq9JX+SmvDtQOBND8FkIDE2FOB"
    "n2eXCsqqeGgJXn1JPP5Cm5sa+ZKV+74E7ucEYJPewt4m6IXpKOgdm3YSPQiSdX2pqiqQ0g"
    "0US07Kk+qYPak6xjC0rRtQjhGHdYwIe8+zwiUOVlsa5WJV28XKns9dJDKXlwC/pelNOtsD"
    "o35QP81Ob90Na7g41yWj3ooJlG6rcd0Wleq8gtNzt+I3Jj5gXjgHGQg/h2mdZLS/MSFT9o"
    "aXGjHs5YoJb1MQXQVlFJHJ3s7+19EJN5+DRhlC8igrf0Sl6W1C04u+rqj85dYY9TRlD0f9"
    "SEY5wqR0mJ+R4wpVnYVMdIKiN1x0K0UhXlBT37ETqhm/0rQWUBJeIbFCOMNPrelvls09lq"
    "BRtqVy2xLHqgGrUs/9R5NTqtsJsrq5C7TiAZ3eQBtA+jbs8F3UXz+xFh48XTKPpsdBYB7N"
    "DVSxeTQ/SZotfbuPgU85/zbt/MuSNdIRF5xopUmOYpo+2piqVU4oKZyQi9/3oOcLNMPVlZ"
    "G+SE3cGNgNGLAHcA2xR0HWucF/CtKfNRJ/jmZPokl0SyN8z+GqzOiKebJ68Akx5Sb7rxFM"
    "9CACYgriS42soOsy3WbwP6vr1Eig0aA3wos62s/mZwZ7HTOPF4rwZYWmc6Q9XIwtlH8KcZ"
    "PP75Cn7CHgLeieA9jqaZ8ztEoT2WlNpLGAFptJSDfxIxYZQ0tWl4C2h+urYZvzFjVoiMXn"
    "akyGqJ8uoz9gaW71BYL0RI8vNTKzMHmaAv5PI8SmT+mfWpbOKlVuz4qr3J6Nioeqvl2mqA"
    "+1L3Z6X+Q8sF7L1C0gVQbvCpF/HDZZV6c0Vf9wbvjwCeCSz06XpqtlgewazC/iyRfiKC3I"
    "ZOn6N9Hb2lDitBjyR7ewA1VTtvvHdqDlrz/kaXo14l0e8ZWDAhtPnWh1IbFy7U2NfROuvV"
    "ucqaxac4Qiym4MD3tt74an1paZI1b7Zbf3y8Byo3v2E5IyX+QpG+FCOxSceTaqIm7RViU6"
    "pHyMSQSb7xQU0d0Bd0jXP5b/7LRSdRrWrCQ8IV+fJkbOZVHYgv0MGXjJ6miUwh4TZ/ezgP"
    "ok7OX4BqEE8h9v3t1+ePv+1WQ4yqTHSBruCtC28DPFwZUyIQiJ+zfTW6l0FQDHUhBYgkO7"
    "jKXKkSqeqnGeim0T9dQOaUrFTXWZm4pSbdK1BF05bxAB6QFjF9taZgcoPxf4C+k+8bCAod"
    "ohrGRo1erq8uo6rhjIg8ot/Q2BVLFxgyZj4yJuQrosQI5QxW2puC0Vt3VoTOvHbW0z/ov3"
    "g8NB283lvxPZ3A4oXVAhW8pClL01JPzpr5+QBQsc+YpSJvYD93TkBZ2A0PMdYaZbCazuo3"
    "5umLIjnMU9wavNwLQ8boLgNCG4xQFq8ZjqKNl+Zw7P3xbQAxAYtu94QXULQBAyeWLMf/jm"
    "IwqKZkS9T8F6YQ8B028hAhb2esjqbKwX2FgESTiH9AMiw0EG/bbeo5G5Yy/ZtYNOwF9ZPY"
    "85y7npApbek/1n6UHpN/FZwsU20muq6Lumo+/YJKDHraybYoasy37a3XBUDAFjH3W6YeSx"
    "fkBfCyvp5kh7gXeZjH/z94dyDXYs4r+/+/hz1Dyr1s6Wf2Avkk1pmqbqBfCtx7chx8Nzlh"
    "oA1YlxE1L3EPgW4twS0GHX9eWCqsXUPQR+VEmLPyrR4o/yWvw4aYG8AVNAqgyYjRswg71E"
    "n6G50IliV1H1BGEPl0Tze1GIGpx7crtQlk6BXQHsODhLHm8BqYK8AuR4CR9RvYA6AWn/XI"
    "TaQlyeoczSKawr7N5M5qxjqE4RqpjgTrsjsCFwPbhc1RjnLK1yPOnySOOV1Ia56uc2eVGl"
    "cstFceGWi1zdFt9Fjk5PF1JQ4FWMb5qqd05y55XE6/MS8fo8L14fl+vUYSd5f32nVLLmtp"
    "1+WAEYWU+qJI3CM40nqzhHGSNJRNNUypFKbDyTwzRFpKZpqWtaOP/y8Ep7UDFPCvr1P207"
    "PM4Zu9OZKr1kd2e+5ptmcwD/GnV3lLN3J7rJI2Y3tsFSbwDcfvv/pXbECq6VKll7W8naq/"
    "hatu0UF28iBf5wyU2m3BWOJ1COmzaaqv335NHE5ObBH8p/rEv+Y7Q5Fmf9LAxvSZL0qXRt"
    "YyEuylHpQI5Kjm0hnf54JJXIIk2lgK4AdNfLDzQB9iCsJTAF4YVGVohn4ZqC8EIjgXlsCo"
    "L/gxqD03z9087Y+rrJ7nVdj1rJAOSgJUOxzihnSNU4H8E4O4K9tpAfS9GogOMsN6Y0ui1o"
    "dLkJVA7RBImCU6lzX1id67sqlns3qok1u0escTLIMo23CqA9TABtYgso1hYmNond+sLEFq"
    "WKO/ZXPVgcV7pb7D+G4NJUEdy57SynIHtHI4a9XGKPxURTMd7zWOHB3C2NQAdBtrTn2Fly"
    "atpV9pZGVvaabqn2nEpjnu0QtJmC3K06aoVRFRfiUbEL8SjnQuxhz5JSYMYEXR7wmiq1s6"
    "qZYcsSw+bUl3QPxVR6Y7PIoFutlBJTQNtDj0+lyaSvCpSPkgfHQKC8RNDid8ILvrOteGkJ"
    "vqMFl/lCp7QdQ8Pi1VDjy1rKz8ZLormGvUL6CtLuJVZPmqrDRXFrr5tqC6ds5eSWju3gR0"
    "ygVS9oSkzdw6OihejACDr52CkBqYK8SiS+7zjsaK011YXECnYJ2GtknchRKsArAG4iD2JL"
    "qgJOgkRlOUjZlZrIclC/sKsq53pEdr6Y265V0TxNqyy6nR5pFfj2DQa+qaThgyZt+EmdrJ"
    "ziP0+pQonEkbnSCdlzhMqsX27WT8zFPM7Spue36d6OcuruNEDnl+9u0/52XjaAcs8N/Lk1"
    "fJRm/mNBPxdQiJvIKi4RTXg0QLXpEHHDrDjonsCVu7CFDhGZFsNShwja1NURp9DdJMnOdO"
    "J3BIGAkOXrZim9TbgBr64R/gcFDTDO/vUUYM8FC9t3kQsgMVl6b0B/2oZeWCZLEr7N+nmS"
    "Ncm08wZhmBftd8DHd7mkz+lk3CvO6xo/FjLKQl5DwCOH291+PhztRx29GY3Ozy9Hp+eTq/"
    "HF5eX46jRmlvOPyrjm69ufGeOckngiTrrYwSMct7xcWqD8C5qXCaPHZzsrAZXJksri+FIW"
    "x2BTkhCitwQqMFEgRoc7ORLsuIWQpmgUqiJUozNPVn7O0CnxuVx83vIWOZClxbp3yb6OE9"
    "zdsl1mfokl55dJYPAWOdhYDAS8d/iklOeG2zad8T3+VvjVPbfNYk60UGVezFQV68z7YO0f"
    "javku6Stip16x7mMl2xRSSAcNu8huq149NI3esJkosXuFAmSw7tTvAwL0JjjRI5ZOORh9u"
    "f/A/trWN0="
)
