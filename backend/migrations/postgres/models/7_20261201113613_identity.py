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
        DROP TABLE IF EXISTS "identity_check";"""


MODELS_STATE = (
    "eJztXXtT4zi2/yoqqm4NXZehIECgM7duFTDMDLvdzVRD72ztZssotkK0OHLGj6Szu/Pd90"
    "h+xA/ZsR0nOG79A46tIyc/vc77/PtgahnEdI4f7BfMqINdarGDAfr3AcNTAhfS50foAM9m"
    "q6f8hotHpiCw0i1Hjmtj3YVnY2w6BG4ZxNFtOgvexTzT5DctHRpS9rK65TH6u0c013oh7o"
    "TY8ODv/4DblBnkK3HCj7NXbUyJaSS+NjX4u8V9zV3OxL0vX+5//Em05K8babplelO2aj1b"
    "uhOLRc09jxrHnIY/eyGM2NglRuxn8G8Z/Orwlv+N4YZreyT6qsbqhkHG2DM5GAf/N/aYzj"
    "FA4k38z/n/B18t1kzTPj08aY93T5p2UAE73WIcd8pcDtS///D7XQEi7h7wF9z+cv358Kz/"
    "TkBgOe6LLR4KuA7+EITYxT6pAH2Fsvifwfl2gm05zmH7FNLwRetgHN5YgbyaYCF8IUBbgP"
    "Rgir9qJmEv7gQ+np6cFGD8l+vPAmZoJXC2YEX4y+VT8KjnP+N4r/A1yZyYcoDvmDcVIN/D"
    "l8JMJxmwI+I2o32gU3c5QPzvkBmUQ667AxReDTnihMAd//9BrZEpNTAF45IeFoPMsO1OCX"
    "Prjk2yh1oDFGwo2x6fmYkZA7AHKLwasonlOeJWcDFkLv4K3wh/HTKbvPCxgzENr2AMPXtO"
    "4I7/f8h0OqemhsdjTG2HD37sY50R7pUZ4V7+CPcyI+zo1oxoMwzdV9jeklTbWnaZk2Rne9"
    "x5qT3uvGCPO8/ucbpNOBwaliymH+GJS6dEDneSMgW3EZAehxft2fPKow8/0Hhg5jIY9QLw"
    "n+4/3j0+XX/8lb9u6ji/mwK/66c7/qQn7i5Tdw/7qXGKOkG/3T/9gvhH9LeHT3dpziBq9/"
    "S3A/6dsOdaGrMWGjZiEzS8G6KWGHXY/mDz06qxaQmiDbi13WydO+DNOPs7fpWyZj5WWXR/"
    "smxCX9ifyTJzQqUQzeH89xLb1d3VV7TxIhIcklMLQICfTlwBw2eY6p/vb58OBNojrL8usG"
    "1oObDrE2oa0FUW+JuA8qc/fyZmhOa3hHliA/Ac4h/29VH6Al10FB3dmk7hC7uUbIjRbdDR"
    "cg+Pv1JIca50Q4x+pA7srdj8FbrqKkyOS2YbwnQ9m9nWHJuP0FVHlx1AwSWcDYF6NPFvfk"
    "cdgokfflbPih16ieMw+2jam6bvYIZfxE/i7+Zvim/kEqVjuMHnKxv5KaJhXbc8n9dRysbu"
    "Khtty8xRNq7Xt4S0rVaFWQv4GgMk/g0ZyGT26wCJf0O2UhhpNplTsuAtJTeHDDbpGbHdpe"
    "YvN2iWvsN7mxOT3wS6Ge8n9pGra+ByTh3L5iqb8HrIsDGlbIDEv1pqmvMyaprzfDXNeUYR"
    "Bye3iZdaVT10mq7N06JN+mi+3VbFOk7TiKJz/W63M5D7ZWZ0P39G9zMzeoYdZ2HBgTrBTi"
    "XdY4awxUrlmmj3Sk3pXsGU7mWn9ILoE+xqsPsx2TGeD3iGUE3udZM7gMwhjgPfTHslS40w"
    "PQv6E/nqFoIu6aEL071Iv3v316eEajfE+fDj9V/fJdS7Hx4+/Rw2j43L7YeHm9R42ASb4g"
    "ysOgwZQoV+dfSpoQHfOgKuqyL6GUKF/iboVz1ps5Rbwr9LW/8MAKq8zSSI1CSvPsl9ACuz"
    "kgkqNbnXTu4xpiYxNNN6oTJd9D3Lmd8ZuhTW1FdqbUMOPdkW1C/8G3zfOz2/PL86659fHX"
    "FHJLgV3bksQP/+01PaA8rSXwEij7lU4ghV7B+Qpm3AQ2CP9pMWOQSEmBR6BFBHw7pL5xLl"
    "wo1lmQSznOM4Tpca4hEQbmsFhRvYbof15uHhQ2JEb+7T58CXjzd3nw9PxVBCI+qbsbNLSz"
    "ne5O9i3XW8ibtnV3S/kZAqJ5xCJ5y0L7xyxSnhiiOZZhs45HAX1U2dKH7hfTxws8we7mWl"
    "DN94NjOpLmDY3Esg7Kk7UzSB1f82BtDdnJTi8PcRJYPo1GlkOnXd6cSbmRY2gJ0agzS4IV"
    "wfARqbYvMnau4j31UBr9AGsKkPoejs0e+rq4hRA/YZ6i61hhblfdDf7YTorx1dlRFmOv+R"
    "OwZsb2bZNr3Crj2Duv4RKfENiz09KvIQw7ydRqKGb+Ig5pDfJROIvuRqBgOCZvSBb2tT9h"
    "WC73u9s7PL3slZ/+ri/PLy4uok0gxmHxWpCG/uf+aqjKO4+BzqNvJ9x6rrODqr29gTXUYp"
    "nSEsZMuWajHyrRtxmi7YlJLGjbN+CePGWXrMVsYN/ugPCcb5zpdFKG/kdtlqnJv3ZcS6XE"
    "tUiLGc6+iC/2LzVjpr9E+iuz5IFVBOkXVvKp+XC+otiOnNQbravpwg6h7Kzc9nOqsCr9+6"
    "e7ieX5SZvRf5s/cijatN4Gc6Vadvkqp7ODc/fw3iYmpKJOs/PT58yvHbX5GkOXOqu+g/yK"
    "TO1lwmYjE0I4+aLmXOMX/tW4TRcIgSTHrGWyjtGJTivnkHGW8hm8yrOwvFiRQfUmLeV0VY"
    "gbsG3IwBNt8uuHV91S8EJ1U/mYdH67VVk7Bda6IZcxVV0uNuj/VUGzqu5Wug3lYF+Narfo"
    "dKQLXRdn2j/c2yXw28fJgT26YGkW236SaFm+7Cb6xZ8dbrtt6DB0YQVwOjxcRy4C90AuPx"
    "PXSEHBe7noMw82NleRY07Fo2coiLRks0wcw4PkiN4qb9DdmQ3TGX2MRAY9uaItj20aPLO7"
    "y1gG+lJvpZzGATPYzHVCffOWhJsG0uEbNc+IwOh95Ff2zA3x4+HXrv+/0ev35P4O9pX4e/"
    "Z1cX/PrybOidkyu4f9W74m1Ozi+HXv+C8Kejq/dwffYe7l/2r86hn5NTDNeX5OLdkI3hW/"
    "O3OuLrPesTyohDdAwT1cD2M5rBBIFBR4ZFHP690CuzFkDhHiGgdC2kW7ZNgNXHiANDXfjx"
    "DlrYFnsBBK6RDa0XwJgjPpbiHUGPPwBY8MIRZv+awKI45glWLHYcDL3zLMZDpQDYheyyQQ"
    "oAvj7khpwceTFoX2TG2TtOpQBabpRJa4kcLZjkEvZjjV91jHCHjtVvA12DjtUqK+4WdcvK"
    "az0f+m55rbeE27zxqGn4sGfYzOhZIX85irdqVKT/e5QoTmzSfljqwT8U09ImpiUYlSoHQk"
    "TRwSOh+WTN0RqoGM+SpmtyareX0akfzZLYazYMZeliXsqjVCBLen4lolhurx9vr3+823EQ"
    "S4fQ3qrv6Wp6Sk79xNzNP/YTy6U9qnx1wKsqKPuVogvEBBgMyfZX4Bq3IukgymelUD4rQP"
    "ksi7IqebGzkhdCINS4HryCpTVJ1CWzYHPJQjAzNIZdz66dKDbVRZs3j4MXGzP4EgMUXAwZ"
    "Nk1Lx+JedDlk8OtMIlJkDNDqOm2AKrMaTnslFsNpLz+laE+p875VdV7S9S9MOFyNQ03Tqf"
    "QTKcfrtiT3aNtaagbedCLtquWL5ORqErc4h0pLJ3KDSVSk+3IzGr4ZZmX0e+2cxWshTh9G"
    "JfBN7wAK5hKVueS75gYpgUJ73IYK1bjxryO7SHqywrefbojSr34vXQXJYXjmTCx3Q5TuuI"
    "sfeQw66xJYlbT0ybJe+ZA+MPJkwZ/Ga3vtyR75R3Vzhjgk5MaM8PwoNGVEjZQhQxkylCGj"
    "liHjFX5aXcVkSNtmrFcscaymVJmKVHV0kVvwI7EJj77SLaPSKkiRdS/09/SqjNb3Kl/re1"
    "UxeCQrkEqWzbaqoLZsKEpxoeHBr0DaoY9IgrWUcFZp1jOfvTKCllrI9a6PPuIROCcnQ+9C"
    "PxnzyJwzHN7pX4x4BM7V+dUATawFjxoiQrr4zkGhSIcW1DTRiCDHMufEOOJRRIuJNYXGBl"
    "wQlg1P2sULFYPYcgbR8aZTbEv8//JruMRI2sy6NAHsVkq4eDOjpoE0SakMpG0xkIYYxSyk"
    "mQMdeprBj6UAfEUjU5ZSmfH2wF+8rRGF9e12sYmozHZljR3Z1buBnWPK84m7Fts4qXjYT4"
    "eAl0gGpQIdQs3zLsIc2rAnbCPIYSOpyw9jkIhbUXxDvpw1iZo0HIUXj/DjYPD/tmVNVShe"
    "u+SXcGzKqvbC9p2QXNL14cso9Yqqw2fyJvIJXwHcsL0CtwS48DqxY2kYhB6JJEh0OuVlP+"
    "R8a4o2LQv6xMdBJ3uIflFKjLvb+4/XHw7fH/VSiRvi6QeSYE8Jdjybi87Vwc7Qbgx2O3Wt"
    "TWEdHp0VZbEUmZJxi4WxOIOyoSTWQbenNE+bmlz143YtXjNOFZ9rafG5vQFrm1as2PTKE6"
    "qiybdGstKsqOFa+9VvEwtBcwcdWjYaWd7LxH2HMBL9/MBNSKIvnrTNQRYzl/4TRyR4JgYC"
    "yYtkbVRNdSqV8SLh0f+VSrJrlWTngJhBtBmx9aDQU8moygzd7gIrT0/2pQi7v7qrTeQ4je"
    "LO0nFafAupGqAVo1GAFrO70V69Ia/btZwpaUY3vkjlXG5m1jaA6henU7xsGtT4Qq0qOmyT"
    "01uZcSSMXsLGU8JTaZpor3zCO8tYudStVvktIuigXncrXuEGzP/KiY1jNE0nN27HNivVL2"
    "bTGxuwBdXwjYqRNeAYtT8a2pb7QYlbySBEy6HyyO9ckS5Osjtpbl9kOe5iXDVvwYpECR7F"
    "goc8bLEyh1wxarGl0K4P7V5NrDYxymHIsoRNjkUzl0j8qM1izdeqRK9FsQuGLGjJt1pR7o"
    "LYLh0HKm3Eq2dE3vW8XkeuS/5V/8x3yX+X1ZJu8T2Km2/B9lTEzXc+ApFvKUyY7hgPWuY7"
    "ygBJbg6ZyPTG5VmPN4l/GjJuu4dP4zGxCUAxQKkbQ7ZK/jGljgN9xyIew1vD8G08B0vULH"
    "tvyCy+WgZI/Euv11JySePVqOOwZuZLfrRHimx3U+XgDdbhVuI9/FpPddfoinqH0MOcZxXh"
    "FzQw4eHvEFYmPyj5LuYMUOzDkMFfES82QOFVndWhshaqoJwmshaGc7DGsKdIlc6hzTqHNs"
    "YHtXd4VT2JFoda7K74cczzSiI3pxyzCgogpxoqy1JnZdG3r4v0tgWntyzBdV7UH1PbcTWb"
    "vPj1cOEudJy5N+SxD8wBwT3VVHpbiOwjyrjIEV7VETnOyogcZ/kix1lG5Gi7XJjdogwbj9"
    "2qcqEgGiDxb8gcbzSlrshnH13yfFIEBm1OyYJnkgqveWs4PMiUMD4Dfveo7dNlbg4Z1nUy"
    "89PkB1dcozPDths09DvP3OISqZgsy6hN6kbYgti+1Bpew8SKVKxEo47jiSmWuce/h0nnPn"
    "l0yXt1PZv5ffpXQ7ag7gSAWsBkji55y38S3fVb+lft0Cip+iI7qy8SBXzNbKrL/ApKRYtF"
    "xN9gBNPpeYUQpok1JQCgV8nxOEm0Q6/jbU3rhu3UMMtMzOPoqKH5fJ9GmF5NF53XQxdS9O"
    "1aLy0sIMS2LWCYOKtUcVeRkX+D+8plhW1FQAavAJ52WkvpKO1AqR5brXpUhoVv0LAQyTY1"
    "xj1Nq9Z3m9d3KG7W2c2TpGqc2zzO3D+7hleyp5yS92F0x5RRZ1JrFadI1Ti3eZwXlv1q4K"
    "WjufiVVHFBzxLWEvBbNrRNi/hzYjvVXPtjFMqzPw1nYDplbkW3hTSdqkeoot9VsHb73D9y"
    "g7XltQajZd0AtCUjttu5/NcCm94AN0i5S+aEbVoLLuYrczcne1nYvVTapyn8Hptiszm4Pg"
    "Y9dhUxxyWzzdGyrTk2H6GrrsLEjx9NnxD9ddPaldDRLe/nCTuvXUULwGCbF0N9NPFvfkdd"
    "xWnMM15sBlK4P/1EzS4xKmmhzqD6pmfgrzb5LPxp/uJ311W0vJlpYWNDsL6ITh6JE8rG3W"
    "DTtpr2MMNkFTstR4xYKc9ljUTN10b9Qs/20ndGFFkLREUsbgrng3mEKEOWbfDgQHdC/PyF"
    "3zmIqwZNygiiDuJmMTS2rWlOUsRtvKBh3+ob+pKr8pHK0BJtTzCp2+vu62t73vd6Z2eXvZ"
    "Oz/tXF+eXlxdVJpPbJPirS/9zc/8xVQEdx3WioE8r3ua5hdlL25FYprsvYk7Euj9vNd7Nc"
    "UbTZ5bu2j2UpF8sCD8u0aw7fDbUij+wc40+SrAtuaNv2GoZZXh3nBJFCeT3KsPy5Y55VLd"
    "NbkkrhvB5nZsnSvOW7sIbtVR6Fyv6qBnExlekW//T48CnPYTgiSfM7IIKi/4g84VsDfhXR"
    "x8sPuJQ5x/y1bxHUxyEqHpA09ikehneQcSAWu0VF02SMRpklpeZeIW/WMvjGKJWJsthEmY"
    "pK3tCa1s0qFUdyq1pslq3PMC3Wu7JXrkM2tismMIUvgD59+fChZHEazx1ZXzdTPQq92EPU"
    "UUemcmJOUpdMNzWORDGo966fDbArQO1IRRsZdou1tHH7bzlF7TROsVZX+8AIEnZFzggiPj"
    "GQNUYW3I31yWOSrTk1iHGEggRvRwhGhNg2MZBlI5vMTKwTI6uq3UL/0lI2qeMsiIsWcc46"
    "4KVq27QrUUZmfDKYFxTZlNAqFV8JFZ/IfSpHuly6hV0L7sFeUHFqH0R5KaNklOH2stpoeF"
    "ICf38ZRDuNyJQxpSI7gsiVEVynN7Uyo9d8gr7wW2oec6kpt3nkKQHSlBvm128nkykNUs2m"
    "17dGPIWEVL7M33MSRN1TC/bLqAX7+WrBfkYtGK6zGvEkKVIVT9LmeBKlslEqmzaJb0c1VT"
    "b52oUdyYNP/ugUyYKiyVFZOdANW5fJ0g+jyOWyGL3wqaGug4SH7g/iMibIOeg5FE0/r/jx"
    "Z2RbC0ean7/5N2zgsZMvcqxnhJsVObbhwPNNpJErSMKIp5XkybB9B2XIfhkZsp8vQ/azlb"
    "32LIn+G7Fx20mjLw2VyDf+RgS7N/2+DeyNGXkzTFgZ40NML9WQU33s3Nvfgdq5hn0VDCRn"
    "pxLBQoW8lGipOWHTRhM3Z1TWIkGtUlO3Sk3d+YTDURkhwXjHygqJzzz/rD0ny/Bp/BNwj8"
    "BpBA+iyyGDQTfC26vr9Vlm6/CSvXKlSwsql2bZmzA9bt1hT/awF4O/GvYh4xHZ4lZwIYZZ"
    "DPBqCFdjF06QcGqAkEDn1NTweIxB3gBJIf6xHUPc9qzTEjvIAlO3hh0kIBug4IIniXbpnN"
    "f+Ev/hszjjRNLo4KqpZMunZcbtNH/cTmXjZtfMJ5egVPrkNuuTVZaxLo+uyjL2bYyzNYPR"
    "qqYhipGo0IDqqayVGW57buk8spjbo0dVq6dlCJXDf8oXw37BsK3XmbcSUoWuMh+3wOM/Pj"
    "MbAPoh1d1ezuS1QEuWc4mEcKsNtgGgux1hkTmLNkgJp/IrvY1xIx6aIrFtpCJX8k0bIpeL"
    "tgqWKRcmgMcusb/33WLRBDPDJDZyXGqayFoQA7mW8OsXnaNDnnpFOBL4eRgwNBLveyePEW"
    "iq8yEbst9sXj2AodESPfO0xWPTWhzbRLds45knh0lRw2fsIv+5Ix6Ktxwhx0LwZchX6rgO"
    "vN1cDhkd+63j5P6Xdn5A/nIyZK+AW4sJ1SfiQfDzvnMQ/3aIOkNmwI8TL+TPxd0JDB9h/L"
    "06OUbPGH7RdOY6zwje4X9LZ0HIDD7iOcAXYSa+3is8gV7HmJqAMQePExgEG98DOSCNfB8b"
    "mLw8E4415iXY7CVvC794DDvnnNj5wRZRLqDgpZuZrVSqHP5sF6lywuHKDEG+c0yMpM22jJ"
    "r+MaelzAunBfaF06yBYb8K3ux0FXQ4P1GwP2eHPHdvi5Oo1O/p1O8+j1L1vIhT7Q7TThwc"
    "BZqD6LxvTmfQtTTQaXErPhHb5HEucy2TiBI5Hmj5IkUYdazZKYrtOU1FHu4qwLd9nlNVg3"
    "pVIG+FQF7l4f5WHu75GL+Zh/vWbJipuI1SVb3PCqp6n8mqetuSiXxjWSbBLG+jsGVzeQQ0"
    "20I43KB3u/nePDx8SAg/N/dpQ/CXjzd3IJ6myu9meelVKLuGTZPr0yqDLutgh0MQ3dnbMR"
    "hbNvBIleI3YiQqgmODNH3wnMq381w5Mk6iZPOcsmwRE56bTGG9P21OVx3kVJoJfCxn349E"
    "o+YE9jD4eM/GoI6hPzYP2yS6J0v3SIT2TG2ffHF9VU9Ic8PGa42AQ+/i/BwPvctLcjH0+r"
    "3L8dC7Go3hzkXvrD9AOJYzJ0rZBXdD3cAPcO0HexDbj/R2uLlJmP44PJLA8d28suHaD0qb"
    "oNKFdUDLsF92rN1C311DFvdEqBOBsSJTrvmtds33XDgyK+2gMZLOqbV6pdRavQK1Vi+r1l"
    "Le+MqreV+EnfbJOTG/UImQk/QazZdwHBNri1jD9VmwGLJ4pUePoIAOHQ6991dX51zk6Pff"
    "cb844YTIE0L46aqimnK+XyJ1kEGdGXZB0hAui4H3lCwj1rbfJrWehqksTOjBVCbTdgk5/q"
    "BIz+X1erSIuM2iTeg4Pgjn/JAFi2AQrob0Qinlxdd4rDm8yakl+SQIleDTFs64lAefYtpU"
    "oN9+osuP9YqoxkjUZC2WMEKmaXPRIpF5bD+hXStbxCZWieJISnhTIaltBbp8SOobycnJEk"
    "wyWTlTpKlAXo7aajRsXCosEHY16EKU9cFo1QvidhfiuFysvbrqc+vdqH/2jlfz4SY517OZ"
    "kHhPTk6G3jkZ998NEDZN4dPCTXiuH/mWEZx380plEWzBmXzUdotgyza2bRsEg2VXBeoYSZ"
    "sVEzUhvihlPLgoMB5cZI0HKvBJBT61cDy6Evj0ExXw5kY8ieeFnFIU6jQOm5bik7yZaWED"
    "+AxOdoQI0+3lLJYuwC8xhRwXJhfyYJBt9ByVnXpGh4zH5AMjw8n5d89JpLCd12zAD71Rva"
    "0afNHuglYaKrfVcvaobVvYtvmj/GzhcqD3IUN4TXCvSmB7lQvtVSb3L/2XLE6ogB8KKRQv"
    "VIkXSoA+wb2LfpUJvaLo4JRuvkYit96beKlVDedM03UQ7N7FRRm3rIuLfLcs/iyJtzvxpi"
    "OGqVmRGUnTdU9X0PzcVs7D+dB314aue7YtlZiLo0tXVCqqt3xEqXJY2KJJPRSjqyd9zlIq"
    "cJULbxuswLGZ2QDOJdPl7ivA2WXcKuPvrzb5LOIa/0Jsng3gQBYPmm5zVBgSahM/UlKbx5"
    "qvVW0+TQjiPMEU5qKOoJPv/V6+c1DQD7KYcGQO9abcbCscm73RlDoO9HOEXsnM9fOtZqpE"
    "Nf8GXgcJeA6sL5GOGRoBIcGOZ3Mb8AvmSVGFphTOY/sVXsIzJ/M+0KGL7RfioqHX6/Uv0P"
    "sr9D9HKKYtQ+cbK0uV8fibMR63bWPctnb0jewA35jcHdu764QRxMjbPKkPrNcBsl6HjMcR"
    "+NEEYeG6sGxd+hh5A631GH60PE1+Qc6fGM3uk/7ENveRR00XzsJj/r632N+3kgpIqaXyl0"
    "KH1VKck9Mw9EhkNSsKdVMp0noKqpYdQko/1U7wlQqljSqUtxHwvwj9wyMR4uuBRLpPNjgq"
    "Eu19XYbmxNquD4cGPsrxpryLwKcI5F/PQafHJ4jn4Hw3EELyaOkSh8vVY2wjbBPfsQgEaS"
    "fmesQrYstioBt/Ba/+cu+CRG9awEPxmGjyFX6luRTqAF98HyCQ+WNjDxK+SAzlV0RxyRQd"
    "PsceP0NzY8ie03Lfs+9XzhA14BZ1l34vXCkBdyzoJHzg59l63opuIF9yUq5T++w61TKGYd"
    "u6AeUJsVtPiKD3LCtc4FG1olE+VbV9qqzx2CEy+3gB8CuazmSi3THqO3XMbPXW3bCGS3Bd"
    "VdRbEYHSbTWu2wKpzs05PdcrfiPiHWZ4s4lO6DxI0FRF+xsRcmVvcDlkujWdceFtgMIrvw"
    "IiMfjb+f86OuHmk8soQ0gWZeWAqDS9TWh6ydcZyF9OjVFPUnZw1PdklENMCod5TmxHqurM"
    "ZaJjFJ3hordSz+ENNfUtO6GacSRNagErwislVgin+KkF/OaqScViNMq2VGxbElg1YFXquM"
    "NofEq1O/NVO3eBrbg8JzfQBpC+Dzq8DfvrJtbSg6dN5tHkOEjMo5mByjePZidJs1VrlfNv"
    "m5x/eRZGGHHJiVaYxiii6aKNqVwNhIISCJmAfRe7nkQzXF4Z6cnUxI2B3YAB+wAvMHUBZE"
    "0Y/Aco+XnIos/h7Ik1CW8NmdhzhCozvOKerC5+JVy5yf8PGWWaH/IwQNHlkM2w43Ddpv8/"
    "rescMl+jATeCizraz+ZnBn8dN4/nivBFNaIzpB1cjFso5BTgVj2hQ5ayg4BvQffsw1ZP+5"
    "yiVZrIVmsi9Qk2+UwimkFfqMwYWrC6JLQdXF8N25xXqGFdLj6XYzJk/bQZ/QOev1abEAwn"
    "enQ5ZCOTstcBEv+GjFnwFP7UsnSWKVB7ml+g9rSXP1T17TJ5fah9sdX7ouCBtVqmbgmpMn"
    "iXiPwTsFV1dUpSdQ/nhg8fH67q6eiSdLUskG2D+U08+QIcKwsyabruTfRtbShRHozqR7e0"
    "A1Udtv3Htq/lrz/kSXo14m0e8ZlNfBtPnWh1KbFy7U2MfROuvSucQVatOUIhZTuGh7+2c8"
    "NTa8vMEKv9st37pW+50VzrlVQyX2QpG+FCWxScedorI25BqwIdUjbGJITNs3Oq466BO6Dr"
    "Hst/elKq/gxvVhCekK1AEyHn8ChsyX5GdDrllTIKYY+I0/uZT30c9LJ/g1AA+Y93t/cfrz"
    "8c9o96qfQYccNdDtomnQMOTiUTgpS4ezN9K7WsfOB4CgJTcmgXsVQZUsVTNc5T8W2intoh"
    "Sam4qTZzU2FuTVhL2KnmDSIh3WHs4raW2Q4KzPn+QprHXCphqNYIKylatbravLr2KwZyp3"
    "JLd0MgVWzcQZOxcSE3UbkOQIZQxW2puC0Vt7VrTOvHba1S/Mv3g91B287lvxbZzA5YuYJC"
    "unaFLHtrQPjTnz8TE+c48uWlTOwG7n9sM9DqTmSGeWR45kws90ASaZVqcVQUasWbOhoRFJ"
    "oTJylVQ9cnDMs9GHiJDm8I/SeAhjgv+m7AyzugieU5xOF5G+FygeCnLeHCNBBGOrFdOuZR"
    "hERePrfxN0jiwf4OHLTYPXRrOoXn7vLgH5vEiBU5HpWtCB5M9c3CwzribpQfOxaMW1aSym"
    "EB/eZF4tP+iU5F6m8Qf9KBYLo1I9oMy7INFhQSTVC1OAistj67nEK7SKOd0ev4m1IFuW9F"
    "0KWMjo1JfsFOTiQ7bi6kCRqFqgzV8MyrKPml6ZT0Vyz9rXiLzcWU23hf+wnuWmElPb/alO"
    "zgmthUnxxIeO/gSSHPjVdtWpPW4FvhVzfcNvM50Rrh090Om95Knmy+qCogHDTvILqnZT2N"
    "ihyNJGHSrrRadL7vRYxk9z4Xb8MCNOZdkWEWdnmY/fFfRKBQrw=="
)
