from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "material_file" (
    "object_id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "requirement_code" VARCHAR(40) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "size" BIGINT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "display_name" VARCHAR(255) NOT NULL,
    "thumbnail_id" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "current" INT NOT NULL,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    "uploaded_by_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT
) /* One uploaded file, encrypted in the object store under `object_id` (never a filename). */;
        CREATE TABLE IF NOT EXISTS "prereview_verdict" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "requirement_code" VARCHAR(40) NOT NULL,
    "object_id" VARCHAR(64),
    "verdict" VARCHAR(8) NOT NULL /* ok: ok\nwarn: warn\nreject: reject */,
    "findings" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "clerk_agrees" INT,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* The automatic pre-review's verdict on one material of one submission, kept so its */;
        CREATE TABLE IF NOT EXISTS "upload_session" (
    "id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "requirement_code" VARCHAR(40) NOT NULL,
    "display_name" VARCHAR(255) NOT NULL,
    "length" BIGINT NOT NULL,
    "offset" BIGINT NOT NULL,
    "kind" VARCHAR(8),
    "parts" JSON NOT NULL,
    "state" VARCHAR(10) NOT NULL /* receiving: receiving\ncomplete: complete\nfailed: failed */,
    "object_id" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    "owner_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
) /* A resumable upload (tus 1.0 core): the bytes so far are stored as encrypted parts. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "upload_session";
        DROP TABLE IF EXISTS "material_file";
        DROP TABLE IF EXISTS "prereview_verdict";"""


MODELS_STATE = (
    "eJztXXtz2za2/yoYzdxpMtfN2HpZUe/cGTt1W+8mcSd22p1d7TAQCVlYU4AKklK93X73BU"
    "CR4gOkSIqSKQb/2BSIA0o/gMB5nz86C2oh23lzxx4hwQ50MSWdMfijQ+AC8Qvl/TPQgcvl"
    "9q5ocOHUlgQ02XPquAyaLr83g7aDeJOFHJPh5eZZxLNt0UhN3hGTx22TR/BvHjJc+ojcOW"
    "L8xj/+yZsxsdDvyAk+Lp+MGUa2Ffva2BLPlu2G+7yUbZ8/337/g+wpHjc1TGp7C7LtvXx2"
    "55SE3T0PW28Ejbj3iAhi0EVW5GeIb7n51UGT/415g8s8FH5Va9tgoRn0bAFG5/9mHjEFBk"
    "A+Sfzp///mq0W6GcbHuwfj/ubBMDolsDMpEbhj4gqg/vjTH3cLiGztiAe8++nq06ve8LWE"
    "gDruI5M3JVydPyUhdKFPKkHfoiz/p3B+N4dMjXPQP4E0/6JVMA4atiBvF1gAXwDQASDtLO"
    "Dvho3IozvnHy/Oz3Mw/uXqk4SZ95I4U/5G+K/Lx82trn9P4L3F10YrZKsBviHeQoJ8y78U"
    "JCZKgR0SNxntjond5zEQfyfEwgJy0x2D4GoiEEeIt/j/O5VmptDE5MxLclostITMXSDiVp"
    "2b+AiVJmizoRx6fpY2JISDPQbB1YTMqefIps3FhLjwd/6N4O8TwtCjmDs+p8EVn0OPrRBv"
    "8f9PiIlX2DbgbAYxc8TkRz5WmeFukRnuZs9wNzXDjkmXyFhCPnyJ7S1OdajXLnWSHG2P6x"
    "fa4/o5e1w/vceZDAk4DKh4mb7nd1y8QGq445QJuK0N6Zvgojl7XnH0+Q+07oj9vJn1HPAf"
    "bj/c3D9cffhZPG7hOL/ZEr+rhxtxpytbnxOtr4aJeQoHAb/ePvwExEfw97uPN0nOIOz38P"
    "eO+E7Qc6lB6NqAVmSBBq0BarFZ59sf3/yMcmxajGgPbu04W+cReDPB/s6elKyZj1Ua3R8o"
    "Q/iR/BU9p06oBKIZnP9JYrtt3X5FBteh4BBfWhwE/tORK2H4xJf6p9t3Dx2J9hSaT2vILC"
    "MDdnOObYsPlQb+ekP5w18/ITtE82vCPLYBeA7yD/vqKH3mQ7QUHZMuFvwLuxjtidG7zUDP"
    "J3j8FUJKcKV7YvQ9dvjeCu2f+VBthclx0XJPmK6WS0ZX0L7nQ7X0teNQCAlnT6DubfirP1"
    "CLYBKHH+3SyKEXOw7TtxbdRbIFEvgof5J4tnhSdCNXKB2DDT5b2ShOEQOaJvV8XkcrG9ur"
    "bGTUzlA27ta3BLSNVoXRNf8aYyD/TQiXydjTGMh/E7JVGBkMrTBai56Kxgnhm/QSMffZ8F"
    "833i3ZIkZbIVs0crqlGCfyUahr+OUKO5QJlU1wPSHQWmAyBvJfJTVNv4iapp+tpumnFHH8"
    "5Lbhs1FWD52ka/KyaJI+Wmy3ZbGO0tSi6Ny92x0N5GGRFT3MXtHD1IpeQsdZU36gzqFTSv"
    "eYImywUrki2t1CS7qbs6S76SW9RuYcugbf/YjqGM8GPEWoF/euxb2BzEGOw7+Z8YSeDUTM"
    "NOgP6Hc3F3TFCG1Y7nn63Zu/PcRUuwHOrz5c/e11TL37/u7jj0H3yLy8e393nZgPhqAtz8"
    "Cy05Ai1OiXRx9bBudbp5zrKol+ilCjvw/6ZU/aNOWB8G/T1r/kAJXeZmJEepGXX+Q+gKVZ"
    "yRiVXtw7F/cMYhtZhk0fsUoXfUsy1neKLoE19pVah5BDzw8F9aP4Bt92L/qX/VFv2B+dCU"
    "ck3hS2XOagf/vxIekBRc0nDpFHXKxwhMr3D0jS1uAhcEL7SYMcAgJMcj0CsGNA08UrhXLh"
    "mlIbQZJxHEfpElM85YSHeoOCDey403p9d/c+NqPXt8lz4POH65tPry7kVPJO2Ddjp18t7X"
    "iTvYu11/Em6p5d0v1GQaqdcHKdcJK+8NoVp4ArjmKZ7eGQI1xU93Wi+EmMcSfMMie4lxUy"
    "fMPl0samhGF/L4FgpPYs0RhW/1sbQDcrVIjDP0WULGRip5bl1HanE29pU2hxdmrGpcE94f"
    "rAoWEY2j9g+xT5rhJ4BTaAfX0I5WD3/lhtQuyQ/jpXnoVdf/NSeO1E7p7l+e5A0c9AYccX"
    "cd1x0G+KBYQfM3U2G4J6NDUva+3zVTVvu91e77J73huOBv3Ly8HoPNTZpG/lKW+ub38UQu"
    "ZZVLAJpM5sr57y0mdrpc4TkTILaXP4i0yZUr7M1jtHadqg7Y+rnXvDAmrnXnLOtmpncetP"
    "BcbZbnF5KO/lENdonOv3MoOmWn7PxVjNdbTBs6x++wmd/guZrg9SCZQTZO1byv1i4ZY50Z"
    "YZSJfbl2NE7UO5/vWMl2Xg9Xu3D9f+oMjqHWSv3kESV4b4z3TKLt84Vftwrn/9WsiF2FZI"
    "1n+5v/uY4VG9JUly5th0wX+AjZ2DGbMj0Q1TD9suJs4b8diXCHAQEMWY9JQfR9JlI8F9iw"
    "FSfhwMrcq7cUSJNB9SYN2XRViDuwPclGks22JzcH3VTwjGVT+pm2e7tVXzoF9j4swyFVXK"
    "4+6E9VR7uhRla6BeVgX40m/9EZWAeqNt+0b7K2VPFny+WyHGsIVU222yS+6mu/Y7GzTae9"
    "fW27kjCAg1MFjPqcP/8kH4fHzLBwKOC13PAZD4UYwiPxV0KQMOcsH0Gcwhsd50ErO473gT"
    "MiE3xEUMWWDG6ALwbR/cu2LAd5TzrdgGP8oVbIO72Qyb6BsHPCPI7GdAqMs/g1cTbzCcWf"
    "xvF15MvLfDYVdcv0X878XQ5H97o4G4vuxNvD4a8fZRdyT6nPcvJ95wgMTd6egtv+695e2X"
    "w1Gfj3N+Afn1JRq8npAZ/9biqY78el/MOSbIQSbkC9WC7AtY8gXCJx1YFDnie4EnQtecwj"
    "0DnNKlwKSMIc7qQyCAwS7/8Q5YM0oeOQJXgPHea86YAzGX8hmbEb/jYPEHTiH595y/FG9E"
    "6gtK3mym3vki50MHZx9DdtkjOFu8H2pDToa8uOmfZ8Y5OU4lB1phlElqiRxjs8gV7McOj9"
    "cI4RFdXl8GuhpdXnW+0gPqlrU/cTb07fInbgi3ee1h2/JhT7GZ4b1c/nIa7VWrSP+PMIWX"
    "3KT9gMHOPzXT0iSmZTMrZQ6EkKKFR0L9aXTDd6BkpEGSrs6l3VxGp3qcQWyv2TPIoI0ZA8"
    "8SIQbJ9RWLL3h3df/u6vubI4cXtAjtg/qebpen4tSPrd3sYz/2ujRHla8PeF2f4rSSJ3Ex"
    "gU+GYvvLcY3bkrQQ5V4hlHs5KPfSKOtiBEcrRiAFQkPowUtYWuNEbTIL1pfGARLLIND1WO"
    "UUnokhmrx5dB4ZJPxLjMHmYkKgbVMTyrbwckL4r7ORTF4wBtvrpAGqyNtw0S3wMlx0s5M9"
    "drU672tV58Vd/4JUsOU41CSdTgyQcLxuStqFpr1L9cCbTHFctrCMmlwv4gZnt2joQq4xvY"
    "VyX65Hw7eEpIh+r5mreCfEycOoAL7JHUDDXKBmknrX3CNZS2CP21OhGjX+tWQXSS5W/u0X"
    "e6L0sz9Km0AqpXiO1xDKxvKOoAfK/9ReSOhEXvs/y2vo5b6n1s8HW2Kudj7spHXzWjevdf"
    "OVdPNP/KdV1bUFtE3GesvlRQrYFCl/U0W9dgDXCIZEQJFJrVJvQYKsfdGsF6MiisxRtiJz"
    "VDIeIi1jKV6bQ5VcbNhUFOI+g4Nfg3REt4cYa6ngrJKsZzZ7ZW16GgHXuzugRgSVnJ9PvI"
    "F5PhPBJj0YtAwHUxFUMuqPRDH4tQiEQSImRsSwBFIKWGPbBlMEHGqvkHUmAmPWc7rgnS1+"
    "gUg64uYYD9QMYsMZRMdbLCBTuLRlF4yIkDSZdakD2IPUi/CWVkWbX5xS2/yaYvMLMIoY/V"
    "IHOh9pyX8s5sCXtJukKbVl6gRcoJsaJFfdFBVZiNoSVVR/n35791DdL0TyYpeSvTMYB+O0"
    "CHiFZFDIdz/QPB/Dc78Je8Ih/Pb3krp8z3yFuBW67GfLWfOwS82BZdGgNQGG+M8oXejosm"
    "bJL8HcFFXtBf1bIbkki1EXUerllaJOpQIUC74EuEF/DW4BcPnj5I5lQC70KCRBZOKFqDGg"
    "5lsTtElZ0Cd+sxnkBNHPy/Jw8+72w9X7V2/PuolcBNGI+jjYCwQdjwnRuTzYKdq9wW6mrr"
    "UurIOjs6QsliDTMm6+MBZlUPaUxFroyZPkaROLq3ooKhUFqnSlq4ZWujoZsA5pxYosryyh"
    "Klx8OyQrg4Ydd9qvfp1TwLs74BVlYEq9x7n7GkAgx/lOmJDkWCIPmQMosZ/9O47MWYwswC"
    "UvlLZR1TWoUsYLhUf/V2rJrlGSncPFDGQsETM3tYsKBgqm6I4XK3hxfioVn/23u9xCjtJo"
    "7iwZeiS2kLIxRxEaDWg+uxvu1Xvyum1LA5JkdKMvqZrLTa3aGlD97LSKl02CGn1Ry4oOh+"
    "T0tmYcBaMXs/EU8FRaxPprn/DWMlYudssVMwsJWqjXPYhXuMXXf+lcvRGauvP1NmObVeoX"
    "0xl7Lb4FVfCNipDV4Bh1OhrahvtByaZ4XB11sDqYOVOki5IcT5o7FVlOuBiXDcXfkmjBI1"
    "/wUIctluaQS0YtNhTa3dHK24XVJEY5iMJVsMmRAN0CuQyNZaT7TpXolazfQADlPcVWKys4"
    "IObi2UalDURBiNC7XpSgyHTJHw17vkv+67SW9IDP0dx8A7anPG6+9RGIYksh0nRHRNCy2F"
    "HGQNE4ITJ5mZBnPdEl+mlChO2ef5rNEEMcijFINEzINp/FAjsOHzsS8Rg0TYKnibQiYbd0"
    "24RQ8baMgfyXfF8LySW1F1iOwppaL9nRHgmy4y2Vzgu8hweJ9/DLF1V9R7fUR4Ser3lSEn"
    "5Jwxc8/zvhb6Y4KMUu5oxB5MOE8L8yXmwMgqsqb4dOxKeDcupIxBeswQrTniDVOocm6xya"
    "GB/U3OnVJRIaHGpxvHq+Ec8rhdyccMzKqemb6KgtS62VRV++1M/L1lA+sATXelF/hpnjGg"
    "w9+iVeeSsfONU2EbEPxOGCe6KrslmK7FNMhMgRXFUROXpFRI5etsjRS4kcTZcL01uUxeDM"
    "LSsXSqIxkP8mxPGmC+zKFO3hpcgnhfikrTBai0xSwbXozQ8PtEBErIDfPMx8ulTjhEDTRE"
    "s/8/vmSmh0lpC5m47+4KkmIZHKxfIc9kk0BD0Q86XW4JovrFDFigzsOJ5cYqk28T1svPLJ"
    "w0sxqusx4o/pX03IGrtzDtSaL+bwUvT8FzJdv6d/1QyNki6ZcbSSGWHA15JhU+VXUChaLC"
    "T+CiOYLvolQpjmdIE4gF4px+M40RG9jg+1rGu2U0uNO2KM8gNaHM0lV7GK/Ctcx5cllrGE"
    "jD+C81CLSkou5QBa1dVoVZdWZH+FiuyQl64w70la/X43+f0OxJsqu3mcVM9zk+dZ+ANX8I"
    "L1tBPsKczuDBPszCu9xQlSPc9NnucVYk45X+cIhXZ1TomQvi2JuCXtuEk6XXNMhwPr6NXm"
    "2cMzo1fV9cTC17oGaAuGsDbz9d8JbHID3CMHKVoh8fAU4hWzutys0EkWby6UB2fBfw/D0K"
    "4Prg+bEduKmOOi5f5oMbqC9j0fqq0wiePHMOfIfNq3Ph0f6J0Y5wE6T21Fi4NB9i94eG/D"
    "X/2B2orTTKQA2A+kYH/6AdttYlSSQp2FzX3PwJ8Z+iQdDH7xh2srWt7SptDaE6zPcpB75A"
    "SycVuQOpIHp89l5btxhpxYIV9OA4Xdd8ZB8pHZs++eJeO4ZY0gYawVs3kGMAGUWSJcyp0j"
    "P6PbNw4QyisbEwSwA4ThBswYXWSkiTvEA2r2Nr3Gj5k6H6UQrVD3bDj75jpA+uqet91ur3"
    "fZPe8NR4P+5eVgdB7qfdK38hRA17c/Ch3QWVR7FyiFsr1QKxhGtMWzUarVIhZPaKojGbMd"
    "z7YUTXaCrex1VsjpLMfnLOk8InZDI89HNcM8ESdrX+3M+v0o+Sovj3OMSKO8G2X++gvXMV"
    "ou91WcSuO8G2dCVYmvsgPMg/46srx0ZLmFXIhVysW/3N99zArnD0mS/A6XQcF/ZObkgwG/"
    "jXESCdldTJw34rEvEeYkIMqfkCT2CR5GDJCcEH+3KGmbjNBou6TS3ivlzUoW3wiltlHm2y"
    "gTcZp7mtPambf/TG1Wi6yy3Tl35fuuDZa7kI3sijFM+RcAHz+/f1/MWIldtNhX7R+Gm926"
    "fuKvlizmY+keQ5NlvvoxatkspoFcRCl2KiHvCALSYiY4HCAWBqAzQHlrZEwRfkhX2BIFzT"
    "e5nM4AnxHEGLIAZYChpQ1NZKV1kAcYX1m1IrFPb0IgZUijyfHSZSyaFROfmp8U5jn19BS0"
    "WndVQHcl0xyqkS4WWX1siXSzF5Rc2p0wBV2Ydy7YXrYbjYg/9veXcbjTyKD4BZaB0DIsfn"
    "Od3NSKzF79ubiCb2l4xMW2WpmfJd0mKfdMpd1M7kkZH5jOpE2nIlpcKThl7zkxovbpu4ZF"
    "9F3DbH3XMKXvCt6zCq78CVLtyt9kV36ti9C6iCaJb2cVdREvnk3swZ+dPFlQdjkrKge6Qe"
    "8iCbn5LAq5LEIvnUWw6wDpe/qdvIwIcg74Eoimn7b8+BfA6NpRpuKu/wl7uKJkixy7GeF6"
    "RY5DeKZ8FRmjcvKtwUUpeTLo30IZclhEhhxmy5DDdBGfE8uX/UJs3GEyZiuDALKtmiHB8W"
    "2aLwN7bdbLFBNWRKse0UvV5C4eOfdOd6KOrmHfhrmo2alYGEwuLyV7Gk7QtdYcrSmVtcxF"
    "qdXUjVJTtz63aFgxRDLekQoi8rNINclW6Dm4G/3EuUfOaWxuhJcTwifdCpq317sTSlbhJb"
    "vFqhTmFClMszdBJsyq0x4f4SQmfzvtEyJijWXT5kJOs5zg7RRu5y5YIMHS4EICXmHbgLMZ"
    "5PIGlxSiH5sxxU1PMKuwg6whdivYQTZkY7C5EPlgXbwSZX7kf/5ZnnEyP+zmqq68qhdF5u"
    "0ie94uVPPGKqbyilFqfXKT9ck6wVObZ1cnePo65pku+WyV0xBFSLTPe2ndkDbDHdDfWoTM"
    "Cnv0tGyhpBSh9mRP+GKwR8i39SrrVkGq0dXm4wa4skdXZg1A3yWGO8mVvBNoxetcINXZdo"
    "OtAeh2hw6kzqI9kp3pzEEvY9xQ2YUUNo4M81G2qSMIGTBYguJwFo/QPUV75zfP7FHWI197"
    "4ZfwwtfuKS/lnpKNcfvKuSecrgpV3+rlVN/qqapvMcVCvqbURpBkbRRMtZannOZQCAcb9H"
    "E33+u7u/cxJc/1bVKL8/nD9c2nVxeJskXp7N7bOBQD2jZdI1UarXzQVQMccQrClpOdgxll"
    "nEcq5XwVIdHuV3skj+D3sXo7z0wcFyXR1QIyqgWETHhmJNRuY3jGUC3kVOrxWi6mnAtFo/"
    "o0dEHkwInNQRUtXWQdNinSI55RWiG0p1JOZ4vr2zTXhht03hnkMfEG/T6ceJeXaDDxht3L"
    "2cQbTWe8ZdDtDccARgJew3h73hroBr7j176nFmJ+mIYDsAvgjN8W8CiiPo7zyJozkmptgo"
    "71b4GWQRe8zIa+velfLUoquU9tybRfTaP9ajyXH5mldtAISevUWt1Caq1ujlqrm1ZraVca"
    "7ZJwKsJO8+SciFFXIeTETb7ZEo5jQ2Md6bg7hJ0AKgqQeAhs6MCrifd2NOoLkWM4fA1mlM"
    "m0YyKa6ztZ8WBO6ZNsJtTFsw2kDrCF9KEIYT/EE5RW0iDezEYrZGvTaLOEGX9SlOfvbn1Z"
    "SNxkESbw7hgH63xCNgt/HLwByZfjZQJC+JOcShJOjFALOE3hgAvVt9DMmfbGPU10xbFeEt"
    "UIiV6s+ZJEwDTtL0K0sUpmUoaILKwCqbm1kKb9xpsKdHG/8ReSh+N50lUycSqTeo5cHPY1"
    "cNC5UIpvvqvxIWTubQi2owBhX0GOK0TZ0WgorHTTYe+1SLktTG+ux4iUcs/PzydeH82Gr8"
    "cA2rb0XRGmOpcLvKai8uBxHqktfw04k8+abvlr2MZ2aMPf5rUrA3WEpMmKiYoQDwoZCQY5"
    "RoJB2kggy7wqufm8iqZRquM5ph0S6aOVNs1h/cOSu/VxpmHR3xObj6JcU3QhNsl6EKuTnh"
    "PZFNRRLxDSNAu6FuKT/LLcnM8QZGcAEZM9LwXfgYlfJVnmgQeOyxcX8PgkM/AlzA3/Bbwi"
    "HFnByAhy8d1fq3mjwzxmD37ohZLiV+CLjhecUlNO/IazR03bwg7NH2Wn9FMDfQpp/CqCOy"
    "qA7SgT2lEqQRf+tyoeKIcfCig0L1SKF4qBPofdwbDMgt5StHBJ11/IxMLO0obPRtmwzSRd"
    "C8HuDgZF3K8Gg2z3K3EvUfZ77i2mBGK7JDOSpGufrqD+ta2dhLOhb68N3fQYU0rM+VGkWy"
    "odvVs8clQ7LBzQpB6I0eUzs6UpNbjaVbcJVuDIyqwB54I5rU4V4PRr3Cjj788MfZLxi78g"
    "JqL+O6q4z2Sfs9zQT4b8iEhjFem+U7X5MEdA8AQLvhZNwAf51h/lGwdsxgGUSOflQG8aVG"
    "l2vKmsokrJGXhCSxc4VBTqSmk1a3+CSFbOeQ5oPgMTEjDlhAg6nigIDR/5knBcqSnl5zF7"
    "4g8R6c3EGOCVC9kjcsHE63aHA/B2BP7nDES0ZaC/t7JUG4+/GuNx0zbGQ2tHdXHcNMr1y9"
    "2RvbtKGEGEvMmLukOfxoA+TYiII/CjCYLqEkFtieQx8gJa6xn/0epcljm5fSI0x0/uE9nc"
    "px62XX4WvhHPe4n9/SApf7RaKvtVaLFaSnByBuQjIlVi2VzdVIK0moKqYYeQ1k81E3ytQm"
    "miCuVlBPzPUv9wj6T42lFI9/EOZ3miva/LMJxI3wKVu/ni8xZiiI1PEZd/PQdcvDkHItfm"
    "67EUkqfPLnKEXD2DDECGfMciLkg7EdcjUbZOWbr7EI+oWfrOlk20c5J2TjrUJNQvfmtng+"
    "M6G2xGT3ObOU5LWxrttlTZbYnOZg5SmaBzgN/StCap65FRP6rvY8PEqYMqkSRjU0aDFBJo"
    "9VHt6iNRojfj9CxW3/fYydIYMhFeVSjwGxIKfermckJMulgK+WgMgqsJmUFsi5K+/v8qat"
    "f687doW0MaZe3jp5WpdShT0e9LLoA5FWY9TtnCWT+RWQ4wyZ3mFWKOUpuYyURHKFrDRR+k"
    "NIJWhtedXWrNf3TZtFIRGg1ovnVBYlWDXaHlLoPRJaVzHx0C4WabbK4Qw+a8o7DVbO6c5R"
    "lp4LZPrbUx9zF+ZJ71RRNNbCaxuaaPWo75bFNHJheVLYZms1Fa156haxcvVQmEN91biO5F"
    "oYQ0FzkJaS5UxRiJqwzqytZBRkh0hbqS+sYUH3bMw+zP/wKGLKw8"
)
