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
COMMENT ON TABLE "notification_consent" IS 'One-time subscription consents (一次性订阅) the owner gave in the mini-program popup.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "notification_consent";
        DROP TABLE IF EXISTS "guide";
        DROP TABLE IF EXISTS "notification_preference";
        DROP TABLE IF EXISTS "notification_message";
        DROP TABLE IF EXISTS "notification_delivery";
        DROP TABLE IF EXISTS "notification_broadcast";"""


MODELS_STATE = (
    "eJztXXtv20iS/yoNA4dJsJrAki3Z8RwOSDKZ2ewmcZA4O4tdLugW2bK4ppoaNmnFtzff/a"
    "qaD/EtUqJkiul/JIrsalK/frDe9Z+ThWMyW7y4du8otwT1LIefXJH/nHC6YHBQeH1ATuhy"
    "ub6KJzw6tSWBk205FZ5LDQ+uzagtGJwymTBcaxnei/u2jScdAxpa/G59yufW7z7TPeeOeX"
    "PmwoV//gtOW9xk35iIfi7v9ZnFbDP12JaJ95bnde9xKc99/fru519kS7zdVDcc21/wdevl"
    "ozd3eNzc9y3zBdLgtTvGmUs9Zib+Bj5l+K+jU8ETwwnP9Vn8qOb6hMlm1LcRjJP/nvncQA"
    "yIvBN+nP9P+GiJZrr+8fpG//L2RtdPGmBnOBxxt7iHQP3nj6DfNSDy7Ane4M2fX31+djZ5"
    "LiFwhHfnyosSrpM/JCH1aEAqQV+jLL9zOL+ZU7cY56h9Bml40G0wjk6sQV5PsAi+CKA9QH"
    "qyoN90m/E7bw4/h6enFRj/7dVnCTO0kjg7sCKC5fIxvDQKriHea3xt9sDsYoDfcn8hQX4H"
    "D0W5wXJgx8RdRvvEsLzHK4KfGjcthNzwrkh0pCHijMGZ4Ptkq5GpNTAV45IdFpMtqestGP"
    "e2HZt0D1sNULih7Ht8ljblHMC+ItGRxueOL+Sp8EDjHv0GT0S/adxldzh2MKbREYyh7z4w"
    "OBN8a9ywHixbp7MZtVyBg5/4uc0Ij+qM8Kh8hEe5ERaGs2T6kkL3Dba3NNW+ll3uTXKwPe"
    "681h53XrHHnef3OMNlCIdOCxbTz3DFsxasGO40ZQZuMyR9ER10Z8+rjz78QfOa24/hqFeA"
    "f/Puw9svN68+fMLbLYT43Zb4vbp5i1dG8uxj5uyzSWac4k7Ib+9u/kzwJ/nH9ce3Wc4gbn"
    "fzjxN8Jup7js6dlU7NxASNzkaopUYdtj/Y/PRmbFqKaAdu7TBb5wF4M2R/Z/eFrFmAVR7d"
    "XxyXWXf8r+wx94bKIFrC+R8ltuuz60d06SoWHNJTC0CAv848CcNnmOqf3725OZFoT6lxv6"
    "KuqZfAbswt24Su8sC/Dil/+etnZsdofk+YpzYAX7DgZb89Sl+hi56iYziLBTywZ7EdMXoT"
    "dvR4hK+/WkghV7ojRj9bAvZWan+CrvoKk/DYckeYXi2XrvNA7S/QVU+XHUCBEs6OQH2x6W"
    "9BRz2CCV9+zshJvPRSr8P8pcVokT1DOb2TfwnvjXdKbuQFSsdogy9XNuJbRKeG4fgBr6OU"
    "jf1VNrqOXaJs3KxviWg7rQpzVvAYV0R+aRxkMvf+isgvja8VRrrLHiy2wpYFJzUOm/SSud"
    "6jHiw3aJY9g709MBtPAt0S+0n8RHUNHD5YwnFRZRMda5yaC4tfEfm1lZrmvI6a5rxcTXOe"
    "U8TBm9umj3pTPXSWrsvTokv6aNxum2KdpGlF0bl5tzsYyJM6M3pSPqMnuRm9pEKsHHihzq"
    "lopHvMEXZYqbwl2qNaU3pUMaVH+Sm9YsacejrsfrzoNV4OeI5QTe5NkzuETDAh4Mn0e/ao"
    "M27kQb9h37xK0At66MN0r9Lvvv37TUq1G+H87MOrvz9PqXffX3/8NWqeGJc3769fZ8bDZd"
    "SW78Cmw5AjVOg3R98ydeBbp8B1NUQ/R6jQ3wX9pm/aPOWe8O/T1r8EgBpvMykiNcmbT/IA"
    "wMasZIpKTe6Nk3tGLZuZuu3cWUW66He8ZH7n6DJYW4FSax9y6Om+oL7DJ/hxNDy/OL88m5"
    "xfDtARCU7FZy4q0H/38SbrAeUY9wCRzz2rwBGq2j8gS9uCh8AR7ScdcgiIMKn0CLCETg3P"
    "eihQLrx2HJtRXvI6TtJlhngKhPtaQdEGdthhfX19/T41oq/fZd8DXz+8fvv52VAOJTSyAj"
    "N2fmkpx5vyXay/jjdJ9+yG7jcFpMoJp9IJJ+sLr1xxarjiFEyzHRxy0EV1VyeKP2Mf12iW"
    "OcK9rJbhmy6XtmVIGHb3Eoh66s8UTWH1p9YAevvAanH4x4iSyQxLtDKd+u504i9th5rATs"
    "1AGtwRrg8AjWtR+xfLPka+qwFekQ1gVx9C2dmXoK++IjZ14T8aVHg7gvU66qenK5GZFoo1"
    "d8DF7roQf8U+egrTAlYLvdt5qwp66euaw6uM77rivvjT+BHfBD32CbBGToWJsFPHs2YhD6"
    "UvXTZjLgsFp2Korzm7ceBjM+CfUr31ZPE2dMd85cM+GPCmBU6ZiauDKtdMiu10Fjd8Es9M"
    "wX4vmBXWXalKPiRoRxH/tM4cgSb+5Wh0dnYxOj2bXI7PLy7Gl6exSj5/qUo3//rdr6hDHC"
    "T1VpFSsdxps7lysbdKxSNRItZS1sNCdtxC9WG5WTFJ0wdjbtqqeDapYVU8y47Z2qqIl/4o"
    "wLjc67kK5Z38nTuNc/tOxNQoVs9WYlzMRPTBcbh987gz/TczvACkBihnyPo3lc/rRdNXBN"
    "OXIN1sX04R9Q/l9ueztWwCb9C6f7iej+vM3nH57B1ncXUZ/E3RdPqmqfqHc/vz12QetewC"
    "zcRfvlx/LAmYWZNkOXPL8Mj/EduqpRXc6tWXCF6b+pbtWVy8wNs+RfwaQpRi0nNuelmPvA"
    "z3jR3k3PRc9tDcSy9JpPiQGvO+KcIK3A3g5jwfyg3y+wwflhqpPzOaVv3kLg42a6vmUbvO"
    "hBGXKqoKX3dHrKfa0WO0XAP1tCrAp171B1QCqo227xvtb457b9LH6wfmumjeLNhus00qN9"
    "1V0Fh3kq03bb0n15wRVAOT1dwR8AmdwHj8CB0R4VHPF4TyIEgd0w9Sz3GJYB6ZPpI55eaL"
    "k8wo7tqfxjX+lnvMZSaZuc6CwLZPvnjY4RsH+FbLJr/KGWyT69nMMtgPgjwy6tqPBO1YBi"
    "PPNH88mZnwOaJDzX85mYzw+CWDz+HEgM+zyzEeX5xp/jm7hPOXo0tsc3p+ofmTMcOr08uX"
    "cHz2Es5fTC7PoZ/TIYXjCzZ+rvEZPDXeVcjHuzXmFmeCGRQmqkndW7KECQKDTkyHCXwucs"
    "+dFVB4AwKUnkMMx3UZsPqUIDCWB39ekJXr8DtA4BVxofUKGHOCYynvEfb4E4AFN5xS/r9z"
    "WBQvMLORw1+EQy9u5Xio3BuHkF12yL2B66PYkFMiL4btq8w4R8epVECLRpmslkjo4SQvYD"
    "82BDQkCA8Y0fA00LUY0aDSUe9Rt6zCRcqh71e4SEe4zde+ZZsB7Dk2M75WyV9Ok61aFen/"
    "GWdolJt0EA9+8i/FtHSJaQlHpckLIabo4Suh/Szp8RpoGEiWpWtzaneX0dk+jCy11+wYQ9"
    "bHhLCDTARZdn6lwsfevPry5tXPbw8cPdYjtPeaCnQ9PQve+qm5W/7aTy2X7qjy1QtelR86"
    "rtx4ICbAYBRsfxWucWuSHqJ8VgvlswqUz/Ioq1ozB6s1IwVCHfXgDSytaaI+mQXby9JDua"
    "lz6vnu1hmaM110efM4uXMph4e4IuGBxqltOwaV5+JDjcO/s5nMTXNF1sdZA1Sd1TAc1VgM"
    "w1F5Lt+RUud9r+q8tOtflOm7GYeapVN5XzKO113JqtO1tdQOvNkM9k3rhhWTq0nc4eRFHZ"
    "3ILWYvKtyX29HwLSmvo9/r5izeCHH2ZVQD3+wOoGCuURKveNfcIRdXZI/bNQ1JwqzXk10k"
    "O1nh6Rc7ovQp6KVPIG2ZLmIZ1nUrxrJ+boiGdeKOZNk3zQ4R7XvF+vloS6zUzseNlG5e6e"
    "aVbn4r3fw9/LVtdW0RbZexXnN5ifpkdaqbbaNe24NrhIvJxABzs9EqyJD1L5p1eFlHkXlZ"
    "rsi8bBgPkZexCpbNvirqdmwoanGf0YtfgXRAt4cUa1nAWWVZz3L2ygxb6hHXuzmgBoNKTk"
    "81f2yczjDY5IxGZybjKQaVXJ5fXpG5s8JAGIYxMRjDEkkpZGXZNpkyIhz7gZkDDIxZzZ0F"
    "NDbhgPF8xM0hbqgYxI4ziMJfLKhb4NJWXg8oQdJl1qUNYPdSDshfmlva/NKUyubXFZtfhF"
    "HC6Jd7oUNPS/izFgDf0G6Sp1SWqSNwge5qkNz2pqjERFSWqLr6+/zq3UF1v8Dc9J7Dd876"
    "HPXTI+ALJINavvuR5vkQnvtd2BP24be/k9QVeOYXiFuxy365nDWPm7QcWJYMWkMw8Nt1nI"
    "WKLuuW/BKNTV3VXtS+F5JLRqlXR306LFefDnPqUznhG4AbtVfg1gAXbid3LJ2C0FMgCTLD"
    "WmAJmWK+NUOblQUD4hdhJ0eIflWWh7dv3n149f7Zy8Eok4sgGVGfBnvBqPBdFJ2bg52j3R"
    "nsbupa28I6enU2lMUyZErGrRbGkgzKjpJYDz15sjxtZnJtH4rqYP1BVciwo4UMjwasfVqx"
    "EtOrTKiKJ98GyUp34oYb7Ve/zR0CzQV55rhk6vh3c+85oUT28xOakGRfmIdMEIfbj8EVIX"
    "MWM5OA5MXyNqq2Oi2U8WLhMfiXSrLrlGQnQMxg+pK5Rli7qGagYI7ucLGCw9PTfQkjLYcK"
    "Bqu72URO0ijuLBt6hFtI05ijBI0CtJrdjffqHXndvqUByTK6yUVazOXmZm0LqH4VveJls6"
    "AmF2pT0WGfnN7ajFPA6KVsPDU8lRap9sonvLeMlWd5zYqZxQQ91OvuxSvchPnfOFdvgqbt"
    "fL3d2GYL9Yv5jL0mbEFb+EYlyFpwjDoeDW3H/aDkqXRcnSOs4mDmUpEuSXI4ae5YZDl0MW"
    "4air8mUYJHteBRHLbYmENuGLXYUWg3RyuvJ1aXGOUoCreATU4E6NbIZagvE803qkRfyfoN"
    "nDjQErdaWcGBueuy6QQLQsTe9ViCotQl/3JyFrjkP89rSfd4H8XNd2B7quLmex+BiFsKl6"
    "Y7jkHLuKNckYKTGpfJy1Ce9bFJ8pfG0XYPv2Yz5jKA4opkTmh8nc9iYQkBfSciHqNTWnQ3"
    "TCsSN8uf07iDq+WKyK/seq0ll7ReYDkJa26+lEd7ZMgON1VOnmAd7iXeIyhftO0aXVMfEH"
    "qY87wh/JIGJjx8arAy8UWJu5i4IokfGodPGS92RaKjbVaHSsSngnLaSMQXzcEthj1DqnQO"
    "XdY5dDE+qLvDq0okdDjU4nD1fBOeVwVyc8Yxq6Kmb6ahsiz1VhZ9+lI/T1tDec8SXO9F/Z"
    "nlCk932V1Q4hXOQse5cxrGPnABgnumaeFpKbJPLY4iR3S0jchxVkfkOCsXOc5yIkfX5cL8"
    "FmW6dOY1lQsl0RWRXxoX/nRheTJFe3yI+aQYDNqDxVaYSSo6xtbw8mALxnEG/O5bbkCXO6"
    "lxahhsGWR+D49Qo7Okrhc2DDrPnUKJVE6Wx7hN5kTUgrmB1Bodw8SKVaxMt4Tw5RTLncPn"
    "sK2HgDw+xF493+VBn8GRxleWNwegVjCZ40Ns+W9meEHL4KgbGiVVMuNgJTPigK+laxlFfg"
    "W1osVi4u8wgml43iCEae4sGADoN3I8ThMd0Ot4X9O6ZTs1zDKbYhydZeoB36czbjTTRZf1"
    "0IcUfYfWS0sLCHNdBxgmZJUa7ipF5N/hvnLRYFuRkMEtgKddbKV0LOxAqR47rXpUhoXv0L"
    "AQyzZbjHuWVq3vLq/vSNzcZjdPk6px7vI4o3/2Fl7JvnJKPobRnVncEvOtVnGGVI1zl8f5"
    "gbmime95gkK5nmdF+tC2x72GdvUsnaoBp8KzVTRx9/wTSqOJi+u7xcu6BWhrhhR3c/lvBD"
    "a7Ae6QE5Y9MLx5DvEts+y8fWBHWUy7Vl6iBfwf16J2e3B9CHvsK2LCY8vd0XKdB2p/ga76"
    "ChO+fnRjzoz7XesFQkdvsJ8bKu77ihaAwXcvQPnFpr8FHfUVpxmmZNgNpGh/+sWy+8SoZI"
    "U60zJ2fQd+ctln6fDxt6C7vqLlL22HmjuC9VV28oWJSDbuI1IL+Hv0bucVGPTSH152r8kL"
    "c5xotetxzK3W8j/WWdx8Y+wu9Ow+Bi6FMveArGuFBm2c8QNiceK4Job4eXMWZCH8QRBU8N"
    "kWZ8QSBI1bZOY6i5LUhvu4Qcse0q+tu1K9WKGioUAlFk7q7jrtBiqxl6PR2dnF6PRscjk+"
    "v7gYX57GurH8pSol2et3v6KebJDUcEaKs3LP6S2MR8oq3Cn1cx2rMDWKo2/LnSXXFF123N"
    "7aU7KWo2SFn2TWwQZ3Q73Kr7rEhJMm64Mz2b59f2GWN8c5RaRQ3owyLH90r3Oa5WtLUymc"
    "N+PMnaJkbeWOqFF7lQ2hsdepyTxqFSlg//Ll+mOZ229MkuV3QE4n/yezfe8N+HVcHhYR8C"
    "wuXuBtnyI0DyGqHpAs9hkeBjvIuQHL3aKh/TZBo2y3hTZxKW9uZRVPUCo7brUdNxNbvKPJ"
    "sZ+1JgbFpsfELNucJ1qud2XU3YRsYldMYQoPQD5+ff++ZokZ35s633ZTOkq92HXcUU+mcm"
    "pOWh5b7GpBiiNJ33lBTr++AHUgFW1s/a7W0iaN5PUUtYskxUZd7TVnRBpfkREkODGIMyMO"
    "nE30iZHFzoNlMnNAwjRtAwIjwlyXmcRxicuWNjWYmVfV7qH/woI0mddZGN0so5UNwEtVqO"
    "lWuovc+OQwryiVWUCrVHw1VHwyg2kx0vWSJhxacA/3goZT+yTOLhmnlIy2l/VGg6kFgv3l"
    "Kt5pZL6LhSVzHMiMF+FxdlOrM3rtp9mLnlL3uWfZxTaPMiVAlnLHLPndZDILQ03zSfKdKS"
    "aCKJQvy/ecFFH/1IKTOmrBSblacJJTC0brbIuokAypigrpclSIUtkolU2XxLfBliqbcu3C"
    "geTBm2B0qmRB2WRQVw70otZ1cu3DKKJclqCXPjWWJ4h0Y/5JHiYEOUFuI9H085ofvyWusx"
    "KFWfbbv8MOHjvlIsdmRrhdkWMfDjzfRTK4ilSKdNFInoza91CGnNSRISflMuQkX5/ryFLh"
    "PxEbt59k+IXxJOXG35jg8Kbfp4G9NSNvjgmrY3xI6KVaijxIvPeOd6AOrmFfR0wVs1OpiK"
    "pKXkq21EXUtNX0yzmVtUwzq9TUnVJT9z5tcFwMSDLeieJA8jdmkXUf2GN0NfkLuEfgNMIL"
    "8aHGYdDN6PT6eHOu2G14yVG9AqQV9Ufz7E2U5HbbYU/3cBSDvx52jWPYujwVHshhlgO8Hs"
    "L12EUTJJoaICRYD5at09mMgrwBkkLyZzeGuOu5owvsICtqeVvYQUKyKxIeYKpnz3rACl7y"
    "G37Ld5xM/RwetZUyeVhn3Ibl4zYsGjd3y6xwKUqlT+6yPlnlCuvz6KpcYd/HODtLGK1mGq"
    "IEiQoNaJ6QWpnh9ueWjpHFaI+eNq2BliNUDv8ZXwz3jsK2vs28LSBV6CrzcQc8/pMzswWg"
    "rzPdHeVM3gh0wXKukTVvvcG2AHS/Iyxy76Id8uapJFRPY9xIhqYU2DYykSvlpg2Zy0VfB8"
    "vUCxOgM4+5PwZusWROuWkzlwjPsm3irJhJPEf69cvOyTNMvSIdCYI8DBQayfs9L44RaKtz"
    "jWv8NxdrAHAyfSS3K8e9n9nO6oXLDMc1bzE5TIYaflOPBNeFvCjvMiDCIfAw7JslPAF3tx"
    "81bs2C1kny4KHFTyRYTmbRLeDUam4Zc3kh/Hs/CIJPRyyhcRP+nLwhXpdn5zB8jON9DfaC"
    "3FL4R4ulJ24J3CN4SrFibAk/6QPAF2MmH+8erkCvM2rZgDGChwQmo+aPQA5Ik8DHBiYvZs"
    "JxZlhIzX3EtvCPZ7BzPjC3PNgizgUU3nQ3s5VKlYPXDpEqJxqu3BCUO8ckSLpsy9jSP2ZY"
    "y7wwrLAvDPMGhuMqW3PQVdDj/ETh/pwf8tK9LUmi8uNn8+MHPErT90WS6nCY9uLFUaE5iN"
    "/37ekM+pYrOytuJSdilzzOi1zLCkSJEg+0cpEiijrW3QzF/pymYg93FeDbPc+ppkG9KpC3"
    "QSCv8nB/Kg/3coyfzMN9bzbMTNxGrdrcZxW1uc+KanO7BRP5tePYjPKyjcItmstToNkXwt"
    "EGfdjN9/X19fuU8PP6XdYQ/PXD67cgnmaK6OZ56XUou05tG/VpjUEv6uCAQxCfOdoxmDku"
    "8EiN4jcSJCqCY4c0fXDdKt7OS+XIJImSzUtq18VMeGkyhc3+tCVd9ZBTaSfwsZ59PxaN2h"
    "PYo+DjIxuDbQz9iXnYJdE9Xd+oQGjPFUAqF9fXRZd0L2q80Qio+ePzc6r5FxdsrPmT0cVM"
    "8y+nMzgzHp1NrghN5MyJU3bB2Ug38BMcB8EezA0ivQWam6TpD+EpCBw/zC1brv2gtAkqXV"
    "gPtAzHZcc6LPT9NWShJ8I2ERhrMuWa32nXfN+DV2ajHTRB0ju11qiWWmtUodYa5dVayhtf"
    "eTUfi7DTPTkn4RdaIOSkvUbLJRxhU32VaLg5CxYnDpbD9BkJ6cgzzX95eXmOIsdk8hz94q"
    "QTIiaECNJVxTXlAr9ESxDTEkvqgaQhXRZD76mijFj7vluh9TRKZWFDD7YymXZLyAkGpfC9"
    "vFmPFhN3WbSJHMevojmv8XARXEWrIbtQannxtR5rDncSW0k+KUIl+HSFM67lwaeYNhXod5"
    "zo4mu9IaoJEjVZqyWMiGnaXbRIZR47Tmg3yhaJiVWjOJIS3lRIaleBrh+S+kRycroEU5Gs"
    "nCvSVCEvx211K2pcKywQdjXoQpb1oWTdC0G7CxMeirWXlxO03k0nZ8+xmg+a5Dzf5VLiPT"
    "091fxzNps8vyLUtqVPC5rwvCDyLSc4H+aWyiLYgXfyoOsWwY5tbPs2CIbLrgnUCZIuKya2"
    "hHhcy3gwrjAejPPGAxX4pAKfOjgefQl8+sWS8JZGPMnrlZxSHOo0i5rW4pP8pe1QE/gMJB"
    "sQxg33cZlIFxCUmCLCg8lFfBhkl9zGZaduyTOOMfnAyCA5PntJIoX93GYHfuiJ6m1twRcd"
    "LmilpXJbHWePuraF7Zs/Ks8WXgz0MWQI3xLcyxrYXpZCe5nL/Wv9b1GcUAU/FFEoXqgRL5"
    "QCfU5H40mTCb2m6OGUbr9GIlrvbfqoNw3nzNL1EOzReFzHLWs8LnfLwmtpvL25v5hyatkN"
    "mZEsXf90Be3PbeU8XA59f23ohu+6hRJzdXTpmkpF9daPKFUOC3s0qUdidPOkz3lKBa5y4e"
    "2CFTgxM1vAuWa63GMFOL+MO2X8/eSyzzKu8W/MxWwAJ0XxoNk2g8qQUJcFkZL6Q6L5RtXm"
    "zZwR5AkWMBcNAp38GPTygyBhP8Th0pE50pui2VY6NvvThSUE9DMg92zpBflWc1Wi2r8D1k"
    "ECnoMaj8SgnEyBkFHhu2gDvqOYFFVqSuF97N7DTTBzMvZBnnnUvWMe0fzRaDImLy/Jfw1I"
    "QltGzndWlirj8XdjPO7axrhv7egT2QG+M7k7sXdvE0aQIO/ypD5x7q+Ic69xjCMIogmiwn"
    "VR2brsa+QJtNYz+NPFafIrcv4kaA6f9CexuU99y/bgXfgC7/cU+/teUgEptVT5UuixWgo5"
    "OZ1Cj6yoZkWlbipDup2CqmMvIaWf6ib4SoXSRRXK0wj4X6X+4QuT4utJgXSfbjCoEu0DXY"
    "YuEm03h0MDHyX8BXYR+hSB/OsLMnxxSjAH5/MrKSRPHz0mUK6eUZdQlwWORSBIi4TrEVbE"
    "LoqB3sstWpa+y2UT5ZyknJP2NQjti9/K2eCwzgZh73lus8JpaU2j3Ja2dltyZjPBikzQFc"
    "CvaXqT7PXAqB/U97Fj4tRelUiSsWmiQYoJlPqodfURCE5eydtzs241Jj5gEjWXGcx6CHMg"
    "NVGwxoSoTw0PNW44iyXKR1ckOgqKDDIT747f26hd28/fomwNeZSVj59SprahTGXfliCAiS"
    "1GPU3Zw1E/klGOMKkc5gfmikJtYikTnaDoDRe9l5IJShnednapFfzppmmlEjQK0GrrgsSq"
    "BbtCz10Gk1NK5T7aB8LdNtm8dh1qGlQUOmOuLw6qTDXc8axZ9BenKZoaJpulA/A8En+JTJ"
    "TMIIvR3I9Ezkz0ipR+jXNHME6YlEfFgAh0XZw+EpgJPiP/dqaCLKH1FBPLFhlt9nMT5TTZ"
    "gXfAoMJq41me3chyEBP00GRwWUdlcVmusrjMqSwW1L03YQnlEb5h30o47iRNL0CuEqDe/v"
    "2mWp8Xy0/vrz/+GjXPKvnSoM+9RUHG5XLAo/YK7C3AxkpN8N89jKdopNHOEapqiMoFUmnt"
    "GmntkA/zC1ZdfdOFX7T09mm7kKxiNAtrGy4CqquA0TQ1DoynKc0Y4YHGsVTRFcHPbYwVLZ"
    "v3XGZYS4vxIhtfqaYtTaSUbVllm5Qqilx9SxFNUCg4S+DUoyXTDNOYTAGbq8sdvlAbx5jn"
    "CFVG/EoF5hqvw2kxu4nrRhVbbmqlNGzwFOTj1/fvn0rF9jOzLVQ2nRRo2OJrg9oKNjNJUk"
    "O/tmBCwINF8caO7wnLRGUX5ZzZV5hCegETU15E9dazkGAQNSlI2thar4UVn8KmeD1srMo+"
    "dUuvFg3Llqx5grzLWomTFYMn9a5I8A18+UIAT77Ihfs/AQ/uscXSLnXsKlFuJmi6jPu2Lt"
    "F1nIVG5c5Co5yz0BEKoMtAYmwqgS4jiXMZSZx5GRTNIfInroR7a7lEkTU8aMOlruUVQj2c"
    "741k1CSJ4vyznD9wIfqUzYD1bKqES1OqWstd9qEybApjsJWqNUWpRrnLozyzuCXmWw1zhl"
    "SNc5fHGcu3gVzm6i6bNWEVs3S9q6HevjEcXnKNuPGofe+g3Ut5emUBLEe/vxbAUBPUUNOc"
    "plKOstV65oS2bUcl84d1T8cJ7EZFc3pmdcmP81eY1uykQMMcXBhUqZfv4iYb1cmfgMfnP9"
    "qU3/mo/fXYNyzLQ2czwkzLw3o9H0L/LqxaOBmfzTT/YjqeaP7lS3YGn9PZFKsZDqnmn8/M"
    "C80fnw0nAwLnLg0Gn5PJS6A7M0+B7uUZtBqPzk04nk1Y0Pb5T+QWXZpuiSXQazOnm+7eI2"
    "pcUG55WGWduAzLF8GjDsiCmlJ/LugDIC0cAhzBHK4QH9rPGBLLukaCuQ/MLFeXR2HJ9+xR"
    "6cm7pScvjzDfrD48hko7Ked2fMIrkj2j8bCe4lVUAhV1hb/j/X/XuGuJex3NWwaQJn5soz"
    "8c1WM7K7jOXHEkVmB7rcgPEDTv8oBtG4dbB9pJObSTHLTKMzsVTF4vmrwqnFw5Z3fBX1g5"
    "Zx8QbOEvYMI22qITJErvUkfvIjy2bOT4HhOoVC7VE34bN3iHgwhTGHxZPuVTRAec9NRe0U"
    "dxmKm/h7rhjihButR6nCRR1uOs9XjpT21pN8ojWpnMOEWnSm3VT2UcxLpuozFPUyqNeVc0"
    "5gUWv/Dp86O+RQmwDKFyz65Um6/xakFz3m/37NzU6pR7dmS1KNCdJwwaNZ2zE8aUzcr0a8"
    "6IxafOt9ibGhMThB7TwuEvyK3JTH/J9Hv2eEsW9J4Jop1gA/aAuQk0fzR8OQrKSAU9aCeE"
    "5jTie7qPxlHvOaWCEde3UfVH5pSbNiZUcEmcByLIl0C8OfWgHRfEW1kGwypWgByBnQ3oBE"
    "MuFW9QM6/CP9fxZEiA+zm+rqBV5krC+vsvpQxXyvC9KsMNg2Fid1gJ4ZHGhb9c2kHq7zAN"
    "ODrN5k9CSxCc9SDOMz7EAkF3IMEySbY+1gAjN9x2mG4JIcNH8+dgiQbRIng5PsRePd/lQZ"
    "/BUVSKKDgXHCH1jLkutXXTx/DTxC94XnjDUSBm8j8wIUkLTkJLm+pY7ihwJ17/CK44WL8J"
    "u0/80HiQsEUPXh1XJPWzZbNB627jSre9V0erqWMW8FzlOtaofS/APbSO1XfvmhfHXhMdUG"
    "CPzxytxG5b/L7JthG1V5rsOprsJXXpomlW8pCiG7psvG1vdNlriaPJlE9T9a6OzbCWoX1Y"
    "YWkf5k3tynW2HP3jVATWcZ2NROKGQ54gU5Ed3dHz5se3I8mZj2eEG+RmjjVIDZHN0inX82"
    "odekpTdxgVekdx3ahDz06tbudq7uausGuq5jqWiiSDK9VtVmH53pD2l79+ZjYtcRooSBHT"
    "k8n9xz7tOZ9cVFMynM0FJp3E1UFtq84yTVQnqbU0rPwgomw3glBukt99i3lk7viu+Ilwh7"
    "jOiiwY5TJKgITwC/Js6njzNaXDBzmTTut30Dg2wFADy2DQa6Kj0kw9KtagS+aVIElNQ03d"
    "mki51tRX1IkiPVIlzqJQj6RArgBZ7kC63IGaaIgyZP2riTYc1lERDcs1RMOsgkh5ipVDf5"
    "wKolqeYqJx/aEEyWHfz8ch2DbxX0qPQ34Qrjm7ceBjz9JvF6Df7D8mNpQoak94+OJP47/y"
    "xpEpz04KpIiiZvXFCSNBUcdJ7EfcPIlI3JOEXQgMYT5np6eaP5mOhvB5OrrAEGY6wkDl0/"
    "FzyfcHVW7u6AP6gckzC4tbPy5d586lC7J0lv4yn+TzYHfWuMZ/Y2/QQYzatrMSSU8zmT00"
    "8qchUQpDKezMqUAZ59Wnd8RzCBX3IK+AuEP5I6EuIzabeSDXCIesGDy2j9nr/jQMiv9QY0"
    "5ug15v84/lsqXjegJjvkej4ShBEz0UQgB9n5LVnHESPTwXK5DKyPnZ8HRInsGjhWDJR6lI"
    "eBptAXGCRhXG3SnRSiXbPIDXlMsWcK8wd2XNkJsUjYq5USEgirHvEmPfDfVzy3Efhey6Ml"
    "ftwrIfLNbjFXMtY17E0YdXKpl4um6ziW0vB7RlPXrpq7FwNRe8E8PR66yQ2M47sZy3K60Z"
    "Xs7alRcN7wVnNx7XYe3G43LeDq/lSok3QThs3kN095LqBe7oFXpRVNUnjElUZcKGbqw7Kf"
    "52fZn98f8VixXv"
)
