from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON TABLE "signature_evidence" IS 'What a court clerk needs to judge one signature: who, proven how, on which bytes, when,';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "signing_request";
        DROP TABLE IF EXISTS "signature_evidence";
        DROP TABLE IF EXISTS "signing_party";"""


MODELS_STATE = (
    "eJztXXtv4za2/yqEgYvO4KZB4iROxr24QDJN22xnJsUks13c9UJhJDrmRqZcPeLx7va730"
    "PqYT0oWZIlR9bwn0SWeCj7x9d5n38P5pZBTOfw1n7CjDrYpRYbjNG/BwzPCVxInx+gAV4s"
    "1k/5DRc/moLASrd8dFwb6y48m2LTIXDLII5u00XwLuaZJr9p6dCQsqf1LY/RPzyiudYTcW"
    "fEhgd//wfcpswgX4kTflw8a1NKTCPxtanB3y3ua+5qIe59+XLz40+iJX/do6Zbpjdn69aL"
    "lTuzWNTc86hxyGn4syfCiI1dYsR+Bv+Wwa8Ob/nfGG64tkeir2qsbxhkij2TgzH4n6nHdI"
    "4BEm/if07/N/hqsWaa9un2Xru7vte0QQXsdItx3ClzOVD//tPvdw2IuDvgL3j/y+XnNyej"
    "twICy3GfbPFQwDX4UxBiF/ukAvQ1yuJ/Buf3M2zLcQ7bp5CGL1oH4/DGGuT1BAvhCwFqAd"
    "LBHH/VTMKe3Bl8PD46KsD4r5efBczQSuBswYrwl8un4NHQf8bxXuNrkhdiygG+Zt5cgHwD"
    "XwoznWTAjoi7jPZAp+5qjPjfCTMoh1x3xyi8mnDECYE7/v9BrZEpNTAF45IeFoMssO3OCX"
    "Prjk2yh1oDFGwobY/PwsSMAdhjFF5N2MzyHHEruJgwF3+Fb4S/TphNnvjYwZiGVzCGnv1C"
    "4I7/f8J0+kJNDU+nmNoOH/zYxzojPCwzwsP8ER5mRtjRrQXRFhi6r7C9JanaWnaZk2Rne9"
    "xpqT3utGCPO83ucbpNOBwaliymH+GJS+dEDneSMgW3EZAehhfd2fPKow8/0Lhl5ioY9QLw"
    "728+Xt/dX378jb9u7jh/mAK/y/tr/mQo7q5Sd9+MUuMUdYJ+v7n/BfGP6P9uP12nOYOo3f"
    "3/Dfh3wp5racxaatiITdDwbohaYtRh+4PNT6vGpiWItuDWdrN17oA34+zv9FnKmvlYZdH9"
    "ybIJfWK/klXmhEohmsP57yW267vrr2jjZSQ4JKcWgAA/nbgChs8w1T/fvL8fCLQfsf68xL"
    "ah5cCuz6hpQFdZ4K8Cyp9+/UzMCM1vCfPEBuA5xD/s66P0BbroKTq6NZ/DF3Yp2RKj90FH"
    "qz08/kohxbnSLTH6kTqwt2LzN+iqrzA5LllsCdPlYmFbL9i8g656uuwACi7hbAnUnYl/9z"
    "vqEUz88LOGVuzQSxyH2Ufz4Tx9BzP8JH4Sfzd/U3wjlygdww0+X9nITxEN67rl+byOUjb2"
    "V9loW2aOsnGzviWk7bQqzFrC1xgj8W/CQCazn8dI/JuwtcJIs8kLJUveUnJzwmCTXhDbXW"
    "n+coNm6Tu8txdi8ptAt+D9xD5ydQ1cvlDHsrnKJryeMGzMKRsj8a+Wmua0jJrmNF9Nc5pR"
    "xMHJbeKVVlUPnabr8rTokj6ab7dVsY7TNKLo3Lzb7QzkUZkZPcqf0aPMjF5gx1lacKDOsF"
    "NJ95gh7LBSuSbaw1JTelgwpYfZKb0k+gy7Gux+THaM5wOeIVSTe9PkDiBziOPAN9OeyUoj"
    "TM+Cfk++uoWgS3row3Qv0u9e/+0+odoNcX7z8fJvbxPq3Q+3n34Om8fG5f2H26vUeNgEm+"
    "IMrDoMGUKFfnX0qaEB3/oIXFdF9DOECv1t0K960mYpW8K/T1v/AgCqvM0kiNQkrz7JfQAr"
    "s5IJKjW5N07uKaYmMTTTeqIyXfQNy5nfGboU1tRXarUhhx61BfUT/wbfD49Pz08vTkanFw"
    "fcEQluRXfOC9C/+XSf9oCy9GeAyGMulThCFfsHpGkb8BDYo/2kQw4BISaFHgHU0bDu0heJ"
    "cuHKskyCWc5xHKdLDfEjELa1gsINbLfDenV7+yExolc36XPgy8er689vjsVQQiPqm7GzS0"
    "s53uTvYv11vIm7Z1d0v5GQKiecQiectC+8csUp4YojmWZbOORwF9VtnSh+4X3ccrPMHu5l"
    "pQzfeLEwqS5g2N5LIOypP1M0gdV/NwbQ9QspxeHvI0oG0anTyHTqu9OJtzAtbAA7NQVpcE"
    "u4PgI0NsXmT9TcR76rAl6hDWBbH0LR2Z3fV18RowbsM9RdaQ0typugv/czoj/3dFVGmOn8"
    "R+4YsL2cZQ7wstj1bKKRF46eLpPkq7jRhf1dx7rr4UzjuEEnGvfl2drf987v7Dfoq7cuvy"
    "FgNoHv7LiOFugjGkHus99pn7Br03Xz0jOo6/OxEgfO2NODIjdOzNvBtkFe04vTIX9IZhB9"
    "ylXfBwTNKO1f1/HD19q/Gw5PTs6HRyeji7PT8/Ozi6NIfZ99VKTHv7r5mesbD+I6rlABme"
    "/gWV0R2VsF5J4oHEsp9mEhW7ZU1ZhvgozT9MHwm7RAnoxKWCBP0mO2tkDyR39KMM73kC5C"
    "eSvf6E7j3LzDMdblqtxCjOVsRx+cjJs3pVuP/yS664NUAeUUWf+m8mm5yPuCwPscpKvtyw"
    "mi/qHc/Hymiyrw+q37h+vpWZnZe5Y/e8/SuAayX8Xpm6TqH87Nz1+DuJiaEqXEX+5uP+UE"
    "16xJ0pw51V30H2TS9uTrWKDbo0dNlzLnkL/2NWLdOEQJJj3j0pf23ktx37yDjEufTV6qe/"
    "TFiRQfUmLeV0VYgbsB3IyXRL7xvnV91S8EJ1U/mYcHm7VVs7BdZ0KOcxVV0uNuj/VUW3qX"
    "5mugXlcF+NqrfodKQLXR9n2j/d2ynw28un0htk0NIttu000KN92l31iz4q03bb2DW0YQVw"
    "Oj5cxy4C90AuPxPXSEHBe7noMw8wPaeapC7Fo2coiLHldohplxOEiN4rb9TdiEXTOX2MRA"
    "U9uaI9j20Z3LO3xvAd9KTfSzmMEmup1OqU6+c9CKYNtcIWa58Bm9mXhno6kBf4f4eOK9G4"
    "2G/Podgb/HIx3+nlyc8evzk4l3Si7g/sXwgrc5Oj2feKMzwp8+XryD65N3cP98dHEK/Rwd"
    "Y7g+J2dvJ2wK35q/1RFf70GfUUYcomOYqAa2H9ACJggMOjIs4vDvhZ6ZtQQK9wABpWsh3b"
    "JtAqw+RhwY6sKPd9DSttgTIHCJbGi9BMYc8bEU7wh6/AHAghc+YvavGSyKQ54FyWKHwdA7"
    "D2I8VJ6OXcguW+Tp4OtDbsjJkReD9kVmnL3jVAqg5UaZtJbI0YJJLmE/NgQ/xAh3GP3wOt"
    "A1GP2gUle3qFtWoSX50PcrtKQj3OaVR03Dhz3DZkbPCvnLx3irRkX6v0fZHMUm7ceOD/6h"
    "mJYuMS3BqFQ5ECKKHh4JzWdUj9ZAxaCzNF2TU7u7jE79kLPEXrNlvFkfk8cepKLN0vMrEW"
    "r2/vLu/eWP1zuONOsR2q36nq6np+TUT8zd/GM/sVy6o8pXB7wqVbRfefRATIDBkGx/Ba5x"
    "a5IeonxSCuWTApRPsiirujQ7q0sjBEKN68ErWFqTRH0yCzaX0QczQ/MDu+RzuERls2QXXd"
    "48Bk82ZvAlxii4mDBsmpaOxb3ocsLg15lE5LEZo/V12gBVZjUcD0sshuNhft7foVLnfavq"
    "vKTrX5gVvBqHmqZTOWJSjtddycDTtbXUDLzpbPdVa4zJydUk7nCio45O5AYzHUn35WY0fA"
    "vMyuj3ujmLN0KcPoxK4JveARTMJcrnyXfNLfJ2hfa4LRWqceNfT3aR9GSFbz/fEqXf/F76"
    "CpLD8MKZWe6WKF1zFz9yF3TWJ7AqaemTtffyIb1l5N6CP40X4NuTPfLP6uYMcUjIjRnh+V"
    "FoyogaKUOGMmQoQ0YtQ8Yz/LS6ismQtstYr1niWOG3MmXj6ugiW/AjsQmPvtIto9IqSJH1"
    "L/T3+KKM1vciX+t7UTF4JCuQbpmAq4q3SceGohQXGh78CqQd+ogkWEsJZ5VmPfPZKyNoqY"
    "Vc7+boIx6Bc3Q08c70oymPzDnB4Z3R2SOPwLk4vRijmbXkUUNESBffOSgU6dCSmiZ6JMix"
    "zBdiHPAoouXMmkNjAy4Iy4Yn7eKFikHsOIPoePM5tiX+f/mFlmIkXWZdmgC2lTpL3sKoaS"
    "BNUioDaVcMpCFGMQtp5kCHnhbwYykAX9HIlKVUZrw98BfvakRhfbtdbCIqs11ZY0d29W5h"
    "55jzpP+uxbbO/B/20yPgJZJBqUCHUPO8izCHLuwJbQQ5bCV1+WEMEnErim/Il7NmUZOGo/"
    "DiEX4cDP7ftqy5CsXrlvwSjk1Z1V7YvheSS0qpV0Z9epyvPj3OqE/FhK8AbthegVsCXHid"
    "2LE0DEKPRBIkOp3z2jxyvjVFm5YFfeLDoJM9RL8oJcb1+5uPlx/evDsYphI3xNMPJMGeE+"
    "x4Nhedq4Odod0a7G7qWpvCOjw6K8piKTIl4xYLY3EGZUtJrIduT2meNjW56sftWrywo6oQ"
    "2dEKkXsDVptWrNj0yhOqosm3QbLSrKjhRvvV7zMLQXMHvbFs9Gh5TzP3LcJI9PMDNyGJvn"
    "jSNgdZzFz5TxyR4JkYCCQvkrVRNdWpVMaLhEf/VyrJrlOSnQNiBtEWxNaDQk8loyozdLsL"
    "rDw+OmpLGGk4rtJf3dUmcpxGcWfpOC2+hVQN0IrRKECL2d1or96S1+1bzpQ0oxtfpHIuNz"
    "NrG0D1i9MrXjYNanyhVhUd2uT01mYcCaOXsPGU8FSaJ9orn/DeMlYudatVfosIeqjXbcUr"
    "3ID5XzmxcYym6eTG3dhmpfrFbHpjA7agGr5RMbIGHKP2R0PbcT8ocSsZhGg5VB75nSvSxU"
    "l2J83tiyzHXYyr5i1YkyjBo1jwkIctVuaQK0YtdhTazaHd64nVJUY5DFmWsMmxaOYSiR+1"
    "Raz5RpXopSh2wZAFLflWK8pdENul00CljXj1jMi7ntfryHXJvxid+C75b7Na0hbfo7j5Dm"
    "xPRdx87yMQ+ZbChOmO8aBlvqOMkeTmhIlMb1ye9XiT+KcJ47Z7+DSdEpsAFGOUujFh6+Qf"
    "c+o40Hcs4jG8NQnfxnOwRM2y9ybM4qtljMS/9HotJZc0Xo06DmtmvuRHe6TIdjdVBq+wDl"
    "uJ9/BrPdVdo2vqHUIPc55VhF/QwISHvxNYmfyg5LuYM0axDxMGf0W82BiFV3VWh8paqIJy"
    "mshaGM7BGsOeIlU6hy7rHLoYH9Td4VX1JDocarG74scxzyuJ3JxyzCoogJxqqCxLvZVFX7"
    "8u0usWnG5Zguu9qD+ltuNqNnny6+HCXeg4c2/CYx+YA4J7qqn0thDZHynjIkd4VUfkOCkj"
    "cpzkixwnGZGj63JhdosybDx1q8qFgmiMxL8Jc7zHOXVFPvvokueTIjBoL5QseSap8Jq3hs"
    "ODzAnjM+APj9o+XebmhGFdJws/TX5wxTU6C2y7QUO/88wtLpGKybKK2qRuhC2I7Uut4TVM"
    "rEjFSjTqOJ6YYpl7/HuY9MUnjy55r65nM79P/2rCltSdAVBLmMzRJW/5T6K7fkv/qhsaJV"
    "VfZGf1RaKAr4VNdZlfQalosYj4G4xgOj6tEMI0s+YEAPQqOR4niXboddzWtG7YTg2zzMQ8"
    "jo4ams/3aYTp1XTReT30IUXfrvXSwgJCbNsChomzShV3FRn5N7ivnFfYVgRk8Argaee1lI"
    "7SDpTqsdOqR2VY+AYNC5FsU2Pc07RqfXd5fYfiZp3dPEmqxrnL48z9s2t4JXvKKXkfRndK"
    "GXVmtVZxilSNc5fHeWnZzwZeOZqLn0kVF/QsYS0Bv2ND27SI/0Jsp5prf4xCefan4QxMp8"
    "yt6LaQplP1CFX0uwrW7p77R26wtrzWYLSsG4C2ZMR2N5f/RmDTG+AWKXfJC2Hb1oKL+cpc"
    "v5C9LOxeKu3THH6PTbHZHFwfgx77ipjjksX2aNnWCzbvoKu+wsSPH02fEf1529qV0NF73s"
    "89dp77ihaAwbYvhnpn4t/9jvqK05RnvNgOpHB/+omafWJU0kKdQfVtz8DfbPJZ+NP81e+u"
    "r2h5C9PCxpZgfRGd3BEnlI37waYljz7gV3kEH/fhIs620+vO7+2z31mPINuRi7fPlxb7eU"
    "e8aylnb41EzTcGSkPP9sr33xSJHkQRMe49wOf/AaIMWbbB4yndGfFTPn7nIK5NNSkjiDqI"
    "WxLR1LbmOXkk23hBw+7oV/QpV0smVTtIFGTBpO6uh7SvIHs3HJ6cnA+PTkYXZ6fn52cXR5"
    "GmLPuoSGV2dfMz15odxNXJoRot3029hqVOmeA7pesvY4LHujzUOd8zdU3RZS/52m6ppbxS"
    "C5xS095MfDfUipzYc+xlSbI+eO617WgNs7w6zgkihfJmlGH5c19Gq1pyvCSVwnkzzsySZc"
    "bL9/oN26vUE5VdfA3iYipTx/7l7vZTno91RJLmd0BqR/8RqdVbA34dBMkrNriUOYf8ta8R"
    "B8khKh6QNPYpHoZ3kPG5FrtFRWtujEZZcqUWciFv1rKRxyiVVbfYqpsK5N7SANnPwh4Hck"
    "NkbJZtTsot1rsy8W5CNrYrJjCFL4A+ffnwoWQ9H899tL5up3sUerHbqKOeTOXEnKQumW+r"
    "oY3Cdm9cP4FiX4DakYo2soUXa2njJvNyitp5nGKjrvaWESRMsZwRRHxiIGuKLLgb65OHcV"
    "sv1CDGAQpy4h0gGBFi28RAlo1ssjCxToysqraF/qXVf1LHWRBKLkLDdcBLlQPqVm6RzPhk"
    "MC+oSyqhVSq+Eio+kS5WjnS5DBW7FtyDvaDi1B5EqTyj/J3h9rLeaHgeB39/GUc7jUguMq"
    "cioYRILxJcpze1MqPXfE7D8FtqHnOpKbd55CkB0pRbliToJpMpjevNViSwHnnWDal8mb/n"
    "JIj6pxYclVELjvLVgqOMWjBcZzVCcFKkKgSnyyE4SmWjVDZdEt8Oaqps8rULO5IH7/3RKZ"
    "IFRZODsnKgG7YuU9gARpHLZTF64VNDXQcJp+YfxGVMkHPQQyiafl7z4w/ItpaOtKRB82/Y"
    "wmMnX+TYzAg3K3K04cDzTWTeK8hbieeV5MmwfQ9lyFEZGXKUL0OOssXQ9qzuwCuxce1UHp"
    "BGl+QbfyOC3Zt+Xwf2xoy8GSasjPEhppdqKA4hdu7t70DtXMO+jp+Ss1OJ+KpCXkq01Jyw"
    "aaO5rjMqa5HTV6mpO6Wm7n2O5qjykmC8Y5WYxGeestd+IavwafwTcI/AaQQPossJg0E3wt"
    "vr682JeevwksNy1V4Lir1m2Zswo3DdYU/2sBeDvx72CeNB7OJWcCGGWQzwegjXYxdOkHBq"
    "gJBAX6ip4ekUg7wBkkL8YzeGuOuJuiV2kCWmbg07SEA2RsEFz6vt0hdeLk38h8/ijBN5to"
    "OrpvJTH5cZt+P8cTuWjZtdMwVfglLpk7usT1aJ2fo8uiox27cxztYCRquahihGokIDqmf/"
    "Vma49tzSeWQxt0c/Vi04lyFUDv8pXwz7CcO2XmfeSkgVusp83AGP//jMbADo21R3ezmTNw"
    "ItWc4lcuitN9gGgO53hEXmLNoii55KSfU6xo14aIrEtpGKXMk3bYhcLto6WKZcmACeusT+"
    "3neLRTPMDJPYyHGpaSJrSQzkWsKvX3SO3vDUK8KRwM/DgKGReN9beYxAU51P2IT9bvOCCw"
    "w9rtADz/Q8Na3loU10yzYeeHKYFDV8xi7ynzvioXjLAXIsBF+GfKWO68DbzdWE0anfOk7u"
    "f2nnB+QvJ0P2Cri1nFF9Jh4EP+87B/Fvh6gzYQb8OPFC/lzcncHwEcbfq5ND9IDhF80Xrv"
    "OA4B3+t3SWhCzgI34B+CLMxNd7hifQ6xRTEzDm4HECg2DjeyAHpJHvYwOTl2fCsaa8ap29"
    "4m3hF09h53whdn6wRZQLKHjpdmYrlSqHP9tFqpxwuDJDkO8cEyPpsi2jpn/McSnzwnGBfe"
    "E4a2DYrxpBO10FPc5PFOzP2SHP3dviJCpbfjpbvs+jVD0v4lS7w7QXB0eB5iA675vTGfQt"
    "c3Za3IpPxC55nMtcyySiRI4HWr5IEUYda3aKoj2nqcjDXQX4ds9zqmpQrwrkrRDIqzzcX8"
    "vDPR/jV/Nwb82GmYrbKFUI/aSgEPqJrBC6LZnIV5ZlEszyNgpbNpcfgaYthMMNereb79Xt"
    "7YeE8HN1kzYEf/l4dQ3iaapicZaXXoeya9g0uT6tMuiyDnY4BNGdvR2DqWUDj1QpfiNGoi"
    "I4tkjTB8+pfDvPlSPjJEo2z6lkFzHhuckUNvvT5nTVQ06lmcDHcvb9SDRqTmAPg4/3bAzq"
    "GPpj87BLonuy2pFEaM+UQ8oX19clmDQ3bLzRCDjxzk5P8cQ7PydnE280PJ9OvIvHKdw5G5"
    "6MxgjHcuZEKbvgbqgb+AGu/WAPYvuR3g43NwnTH4dHEji+m1c2XPtBaRNUurAeaBn2y461"
    "W+j7a8jingh1IjDWZMo1v9Ou+Z4LR2alHTRG0ju11rCUWmtYoNYaZtVayhtfeTXvi7DTPT"
    "kn5hcqEXKSXqP5Eo5jYm0Za7g5CxZDFi+O6REU0KE3E+/dxcUpFzlGo7fcL044IfKEEH66"
    "qqimnO+XSB1kUGeBXZA0hMti4D0ly4jV9tuk1tMwlYUJPZjKZNotIccfFOm5vFmPFhF3Wb"
    "QJHcfH4ZyfsGARjMPVkF4opbz4Go81hzc5tSSfBKESfLrCGZfy4FNMmwr02090+bFeEdUY"
    "iZqsxRJGyDRtL1okMo/tJ7QbZYvYxCpRHEkJbyoktatAlw9JfSU5OVmCSSYrZ4o0FcjLUV"
    "uNho1LhQXCrgZdiLI+GK17QdzuQhyXi7UXFyNuvXscnbzl1Xy4Sc71bCYk3qOjo4l3Sqaj"
    "t2OETVP4tHATnutHvmUE5928UlkEO3AmH3TdItixja1tg2Cw7KpAHSPpsmKiJsRnpYwHZw"
    "XGg7Os8UAFPqnApw6OR18Cn36iAt7ciCfxvJBTikKdpmHTUnyStzAtbACfwckOEGG6vVrE"
    "0gX4JaaQ48LkQh4Mso0eorJTD+gN4zH5wMhwcv7dcxIptPOaLfihV6q3VYMv2l3QSkPltj"
    "rOHnVtC2ubP8rPFi4Heh8yhNcE96IEthe50F5kcv/Sf8nihAr4oZBC8UKVeKEE6DM8PBtV"
    "mdBrih5O6eZrJHLrvYlXWtVwzjRdD8Eenp2Vccs6O8t3y+LPkni7M2/+yDA1KzIjabr+6Q"
    "qan9vKeTgf+v7a0HXPtqUSc3F06ZpKRfWWjyhVDgstmtRDMbp60ucspQJXufB2wQocm5kN"
    "4FwyXe6+Apxdxp0y/v5mk88irvGvxObZAAayeNB0m4PCkFCb+JGS2kus+UbV5v2MIM4TzG"
    "Eu6gg6+d7v5TsHBf0giwlH5lBvys22wrHZe5xTx4F+DtAzWbh+vtVMlajm38DrIAHPgfUV"
    "0jFDj0BIsOPZ3Ab8hHlSVKEphfPYfoaX8MzJvA/0xsX2E3HRxBsOR2fo3QX6rwMU05ah06"
    "2Vpcp4/M0Yj7u2MbatHX0lO8A3JnfH9u46YQQx8i5P6oH1PEbW84TxOAI/miAsXBeWrUsf"
    "I6+gtZ7Cj5anyS/I+ROj2X3Sn9jm/uhR04Wz8JC/7zX291ZSASm1VP5S6LFainNyGoYeia"
    "xmRaFuKkVaT0HVsUNI6ae6Cb5SoXRRhfI6Av4XoX+4I0J8HUik+2SDgyLR3tdlaE6s7eZw"
    "aOCjHG/Ouwh8ikD+9Rx0fHiEeA7Ot2MhJD+uXOJwuXqKbYRt4jsWgSDtxFyPeEVsWQx046"
    "/g1V9uXJDoTQt4KB4TTb7CrzRXQh3gi+9jBDJ/bOxBwheJofyKKC6ZozcPsccP0NyYsIe0"
    "3Pfg+5UzRA24Rd2V3wtXSsAdCzoJH/h5th5a0Q3kS07KdWqfXac6xjC0rRtQnhC79YQIes"
    "+ywgUeVWsa5VNV26fKmk4dIrOPFwC/pulNJtodo75Tx8xOb90Na7gE11VFvRURKN1W47ot"
    "kOrcnNNzs+I3It5hhjeb6IS+BAmaqmh/I0Ku7A0uJ0y35gsuvI1ReOVXQCQGfzv/X0cn3H"
    "xyGWUIyaKsHBCVprcJTS/5ugD5y6kx6knKHo76noxyiEnhML8Q25GqOnOZ6BhFb7joVuo5"
    "vKKmvmMnVDOOpEktYEV4pcQK4RQ/tYTfXDWpWIxG2ZaKbUsCqwasSj13GI1PqW5nvurmLt"
    "CKy3NyA20A6Zugw/dhf/3EWnrwdMk8mhwHiXk0M1D55tHsJGm2aq1y/u2S8y/PwggjLjnR"
    "CtMYRTR9tDGVq4FQUAIhE7DvYteTaIbLKyM9mZq4MbAbMGAP8BJTF0DWhMF/jJKfJyz6HM"
    "6eWJPw1oSJPUeoMsMr7snq4mfClZv8/4RRpvkhD2MUXU7YAjsO1236/9O6zgnzNRpwI7io"
    "o/1sfmbw13HzeK4IX1QjOkPaw8XYQiGnALfqCR2ylD0EvAXdsw9bPe1zilZpIjutidRn2O"
    "QziWgGfaIyY2jB6pLQ9nB9NWxzXqOGdbn4XI7JkPXTZfQHPH+tNiMYTvTocsIeTcqex0j8"
    "mzBmwVP4U8vSWaZA7XF+gdrjYf5Q1bfL5PWh9sVO74uCB9ZqmbolpMrgXSLyT8BW1dUpSd"
    "U/nBs+fHy4qqejS9LVskB2DeZX8eQLcKwsyKTp+jfR29pQojwY1Y9uaQeqOmz3j21fy19/"
    "yJP0asS7POILm/g2njrR6lJi5dqbGPsmXHvXOIOsWnOEQspuDA9/be+Gp9aWmSFW+2W390"
    "vfcqO51jOpZL7IUjbChXYoOPN4WEbcglYFOqRsjEkIm2fnVMfdAHdA1z+W//ioVP0Z3qwg"
    "PCFbgSZCzuFR2JL9jOh0zitlFMIeEaf3M5/6MOhl/wahAPIfr9/ffLz88GZ0MEylx4gb7n"
    "LQNukL4OBUMiFIifs301upZeUDx1MQmJJDu4ilypAqnqpxnopvE/XUDklKxU11mZsKc2vC"
    "WsJONW8QCekOYxfbWmY7KDDn+wtpHnOphKHaIKykaNXq6vLq2q8YyJ3KLf0NgVSxcYMmY+"
    "NCbqJyHYAMoYrbUnFbKm5r15jWj9tap/iX7we7g7aby38jspkdsHIFhXTtCln21oDwp18/"
    "ExPnOPLlpUzsB+7JyAuYgNj1bGmm2wpY3YX9XHNlRzCLe4JXm4FpWdwkwWlScPMD1KIx1U"
    "i8/cYcnr/PsIsw0i3Pdv1yFogRYojEmP/0jCfiV8kIex+j5cw6QFy/RRiaWcsDXlhjOaP6"
    "zE/CeQAfCDsYpNBv6z0TNrWtOb+2ySH6lRfwmPKcmw7i6T35f54eFL6JxxMuqtIbXeFJDl"
    "B+9B2fBHDcVnVTTJF12U+7G46KAWD8owYbRhbre/I1t3RuhrQXeBfJ+Nd/uy/WYEci/ofb"
    "Tz+HzdNq7XT5B/6iqilNk1S9AL71+DZiu3TKUwOQOjFuUuoeAt9CnFsMOuo4XrWgajl1D4"
    "EfltLiDwu0+MOsFj9KWlDdgCkhVQbMxg2Y/l6iPZKp1IliUxX1GGEPl0Tze1GAGp661Xah"
    "NJ0CuwTYUXBWdbwlpAryEpDTOX4i9QLqJKT9cxFqC/HqDGWaTmFdYvfmMmcdQ3WCUMUEd9"
    "odgQ+B4+L5osY4p2mV40mXR5ouKm2Yi35uk6dlKrec5hduOc3UbfEcYmtwurCcAq9yfJNU"
    "vXOSOyklXp8UiNcnWfF6v1yndjvJ++s7pZI1t+30wwvAVPWkitMoPJN48opzwBhVRDRJpR"
    "yp5MazapgmiNQ0LXRNC+ZfFt7KHlTckwK+/ud1h/s5Yzc6UyWX7ObM12LTbA7g38Lu9nL2"
    "bkQ3fsRsxtZf6g2A22//v8SOWMK1UiVrbytZexlfy7ad4qJNJMcfLr7JFLvCiQTKUdNGU7"
    "X/PX40cbl58A/lP9Yl/zFoTuVZP3PDW+IkfSpd21iIi3JU2pGjkm2ZRIMfTyolskhSKaBL"
    "AN318gNNgD0IagmMUXAxYQsisnCNUXAxYb55bIz8/4Mag9N8/dPO2Pq6ye51XY9aygBkkz"
    "lHsc4op0jVOO/BONuSvTaXH0vQqIDjNDemNLotaHSFCbQaojESBadS576yOtdzVCz3ZlRj"
    "a3aLWON4kGUSbxVAu5sA2tgWkK8tjG0Sm/WFsS1KFXfsr3owP650s9i/D8GliSK4U8uej1"
    "H6zoTp1nxOXR4TDWK86/LCg5lbE4ZtgvnSnlJ7Lqihq/StCVtYS9hSrSlIY65lM7Iao8yt"
    "OmqFYRkX4mG+C/Ew40LsUtespMCMCLo84DVVasdlM8MWJYbNqC9hD6UgvfFZpMNWW0mJKa"
    "Htocen0mTCq3zlY8WDYyBRXhJsijvBhdjZFqK0hNjR/MtsoVNox9EwRTXU6LKW8rPxkmiO"
    "bi2ItsDQfYXVk6TqcFHc2uum3MIpWjmZpWPZ9IkybNYLmpJT9/CoaCE6MISueuyUhFRBXi"
    "YS37NtfrTWmupSYgV7BdhrZJ3IUCrASwBuEBdTs1IFnBiJynKQsCs1keWgfmFXVc51j+x8"
    "Ebddq6J5klZZdDs90irw7RsMfFNJwwdN2vDjOtlqiv8spQolkkfmVk7IniFUZv1is35sLm"
    "Zxrmx6vkz2tpdTd6MBOrt8N5v21/OyAZR7buDPrOG9NPPvC/qZgELaRFbxCtGEewNUmw4R"
    "19yKQ+4YXjgzS+oQkWpxUOgQAU0djQgKzYmTbEwnfssI8gl5vm6e0tvAK/TmitB/AmiIc/"
    "Zvx4i6DppZnkMchJnB03sj+GkruDANniR8nfXzMG2SaecN0jAv6Hcgxnc+h+cwGbeK87qi"
    "T7mMspTXkPDIwXa3nQ9H+1FH74bDk5Pz4dHJ6OLs9Pz87OIoYpazj4q45qubnznjnJB4Qk"
    "4638EjGLesXJqj/PObFwmj+2c7KwCVy5LK4vhaFkd/U6ogRK8JVGCiRIwOdnIi2XFzIU3Q"
    "KFRlqIZnXlX5OUWnxOdi8XnNW2RArizWvY/3tZ/gbpbtUvNLLjm/TgKDS2JTfTaQ8N7Bk0"
    "KeG6/bdMb3+FvhV7fcNvM50VyVeT5Tla8z74O1f3hWJt8ltMp36j3LZLzki6oCwkHzHqLb"
    "ikcvvNGVJhPNd6eIkezeneJ1WIDGHCcyzMIuD7M//x8qpzp+"
)
