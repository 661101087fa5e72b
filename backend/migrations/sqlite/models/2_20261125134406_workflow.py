from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "application_type" (
    "code" VARCHAR(32) NOT NULL PRIMARY KEY /* first_registration: first_registration\ntransfer_registration: transfer_registration\ncombined: combined */,
    "name" VARCHAR(60) NOT NULL,
    "description" TEXT NOT NULL,
    "steps" JSON NOT NULL
) /* A kind of application and its steps; its checklist is `MaterialRequirement` rows. */;
        CREATE TABLE IF NOT EXISTS "disposal_plan" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "summary" TEXT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "responsible_id" CHAR(36) NOT NULL REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "community_id" CHAR(36) NOT NULL UNIQUE REFERENCES "community" ("id") ON DELETE CASCADE
) /* 一小区一方案: how an estate's problems will be solved, by whom and when. */;
        CREATE TABLE IF NOT EXISTS "disposal_milestone" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "due_date" DATE NOT NULL,
    "done_at" TIMESTAMP,
    "position" INT NOT NULL,
    "plan_id" CHAR(36) NOT NULL REFERENCES "disposal_plan" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "community_problem" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL /* planning_incomplete: planning_incomplete\nland_dispute: land_dispute\narea_difference: area_difference\ndeveloper_missing: developer_missing\ncompletion_missing: completion_missing\nother: other */,
    "description" TEXT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* open: open\nin_progress: in_progress\nresolved: resolved */,
    "created_at" TIMESTAMP NOT NULL,
    "resolved_at" TIMESTAMP,
    "community_id" CHAR(36) NOT NULL REFERENCES "community" ("id") ON DELETE CASCADE
) /* A known obstacle to certification for an estate (一小区一档案). */;
        CREATE TABLE IF NOT EXISTS "application" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "number" VARCHAR(24) NOT NULL UNIQUE,
    "kind" VARCHAR(32) NOT NULL /* first_registration: first_registration\ntransfer_registration: transfer_registration\ncombined: combined */,
    "status" VARCHAR(24) NOT NULL /* draft: draft\nsubmitted: submitted\npre_review: pre_review\nsupplement_required: supplement_required\naccepted: accepted\ndepartment_review: department_review\nregistry_review: registry_review\nregistered: registered\ncertificate_issued: certificate_issued\ndelivered: delivered\nreturned: returned\nwithdrawn: withdrawn\nrejected: rejected */,
    "scope_path" VARCHAR(400) NOT NULL,
    "contract_price" VARCHAR(40),
    "home_count" INT NOT NULL,
    "area_error_ratio" VARCHAR(40),
    "area_confirmed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "accepted_at" TIMESTAMP,
    "due_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "version" INT NOT NULL,
    "applicant_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    "house_id" CHAR(36) NOT NULL REFERENCES "house" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_application_status_64fc1a" ON "application" ("status");
CREATE INDEX IF NOT EXISTS "idx_application_scope_p_b2175e" ON "application" ("scope_path");
        CREATE TABLE IF NOT EXISTS "application_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "from_status" VARCHAR(24),
    "to_status" VARCHAR(24),
    "actor_role" VARCHAR(24),
    "note" TEXT NOT NULL,
    "details" JSON NOT NULL,
    "actor_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE SET NULL,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* Every transition and decision, in order: the owner's timeline is read from here. */;
        CREATE TABLE IF NOT EXISTS "application_material" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "requirement_code" VARCHAR(40) NOT NULL,
    "state" VARCHAR(12) NOT NULL /* missing: missing\nprovided: provided\ndeferred: deferred\ncommitment: commitment */,
    "deferred_until" DATE,
    "object_id" VARCHAR(64),
    "provided_at" TIMESTAMP,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_application_applica_dff0b1" UNIQUE ("application_id", "requirement_code")
) /* One checklist item of one application: provided, missing, deferred or replaced. */;
        CREATE TABLE IF NOT EXISTS "approval_step" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL /* planning_check: planning_check\nsurvey_check: survey_check\ntax_check: tax_check\nfund_check: fund_check\nregistry_review: registry_review */,
    "department" VARCHAR(20) NOT NULL /* planning: planning\nhousing: housing\ntax: tax\nregistry: registry\nsurvey: survey\ncivil_affairs: civil_affairs */,
    "status" VARCHAR(10) NOT NULL /* waiting: waiting\nactive: active\napproved: approved\nrejected: rejected */,
    "started_at" TIMESTAMP,
    "due_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "opinion" TEXT NOT NULL,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    "decided_by_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    "organisation_id" CHAR(36) REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_approval_st_applica_ee8287" UNIQUE ("application_id", "kind")
);
        CREATE TABLE IF NOT EXISTS "material_requirement" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "description" VARCHAR(300) NOT NULL,
    "core" INT NOT NULL,
    "commitment_allowed" INT NOT NULL,
    "formats" JSON NOT NULL,
    "position" INT NOT NULL,
    "application_type_id" VARCHAR(32) NOT NULL REFERENCES "application_type" ("code") ON DELETE CASCADE,
    CONSTRAINT "uid_material_re_applica_791762" UNIQUE ("application_type_id", "code")
);
        CREATE TABLE IF NOT EXISTS "post_check_task" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "requirement_code" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "done_at" TIMESTAMP,
    "outcome" VARCHAR(200) NOT NULL,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE
) /* 告知承诺制: a commitment replaced a material; a reviewer checks it afterwards. */;
        CREATE TABLE IF NOT EXISTS "sla_warning" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "level" VARCHAR(10) NOT NULL /* warning: warning\noverdue: overdue */,
    "raised_at" TIMESTAMP NOT NULL,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    "organisation_id" CHAR(36) REFERENCES "organisation" ("id") ON DELETE RESTRICT,
    "step_id" CHAR(36) NOT NULL REFERENCES "approval_step" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sla_warning_step_id_0fc2c4" UNIQUE ("step_id", "level")
) /* An overdue warning (预警) for one step; the hook for notifications later. */;
        CREATE TABLE IF NOT EXISTS "supplement_item" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "requirement_code" VARCHAR(40),
    "problem" VARCHAR(500) NOT NULL,
    "event_id" BIGINT NOT NULL REFERENCES "application_event" ("id") ON DELETE CASCADE
) /* One problem of a supplement request (补正) or a return (退件): all listed at once. */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "supplement_item";
        DROP TABLE IF EXISTS "application_type";
        DROP TABLE IF EXISTS "material_requirement";
        DROP TABLE IF EXISTS "application_event";
        DROP TABLE IF EXISTS "post_check_task";
        DROP TABLE IF EXISTS "application";
        DROP TABLE IF EXISTS "approval_step";
        DROP TABLE IF EXISTS "disposal_milestone";
        DROP TABLE IF EXISTS "community_problem";
        DROP TABLE IF EXISTS "disposal_plan";
        DROP TABLE IF EXISTS "application_material";
        DROP TABLE IF EXISTS "sla_warning";"""


MODELS_STATE = (
    "eJztXWtz27i5/isYf2kyx83YulnRds6MnfXuuk3incTpdlp1uBAJWagpQAuSUny2+98PAF"
    "7EC0iRFCVTDL7YFIgXlB68AN87fj9bUgvZzpt79ggJdqCLKTmbgN/PCFwifqG8fw7O4Gq1"
    "vSsaXDizJQFN95w5LoOmy+/Noe0g3mQhx2R4FTyLeLYtGqnJO2LyuG3yCP7NQ4ZLH5G7QI"
    "zf+Ne/eTMmFvqKnPDj6smYY2Rbia+NLfFs2W64zyvZ9uXL3fc/yJ7icTPDpLa3JNveq2d3"
    "QUnU3fOw9UbQiHuPiCAGXWTFfob4lsGvDpv8b8wbXOah6Kta2wYLzaFnCzDO/jL3iCkwAP"
    "JJ4s/gf4OvFutmGB/vH4zPtw+GcVYBO5MSgTsmrgDq9z/8cbeAyNYz8YB3P11/etUfvZYQ"
    "UMd9ZPKmhOvsD0kIXeiTStC3KMv/GZzfLSBT4xz2TyHNv2gdjMOGLchbBgvhCwE6AKRnS/"
    "jVsBF5dBf84+XFRQHGf7/+JGHmvSTOlK8If7l8DG71/HsC7y2+NlojWw3wLfGWEuQ7/qUg"
    "MVEG7Ii4zWifmdh9ngDxd0osLCA33QkIr6YCcYR4i///rNbMlJqYgnlJT4uFVpC5S0Tcun"
    "OTHKHWBAUbyqHnZ2VDQjjYExBeTcmCeo5sCi6mxIVf+TeCX6eEoUcxd3xOwys+hx5bI97i"
    "/58SE6+xbcD5HGLmiMmPfawzw70yM9zLn+FeZoYdk66QsYJ8+ArbW5LqUMsu8yY52h43KL"
    "XHDQr2uEF2jzMZEnAYULGYvud3XLxEariTlCm4rYD0TXjRnj2vPPr8B1r3xH4OZr0A/Ie7"
    "D7efH64//Cwet3Sc32yJ3/XDrbjTk63PqdZXo9Q8RYOAX+4efgLiI/jn/cfbtGQQ9Xv455"
    "n4TtBzqUHoxoBWjEHD1hC1xKzz7Y9vfkY1MS1BtIe0dpyt8wiymRB/509K0czHKovuD5Qh"
    "/Ej+hp4zb6gUojmS/0liu23dfkUGN5HikGQtDgL/6ciVMHzirP7p7t3DmUR7Bs2nDWSWkQ"
    "O7ucC2xYfKAn8TUP7wt0/IjtD8ljBPbACeg/yXfX2UvvAhOoqOSZdL/oVdjPbE6F0w0PMJ"
    "vv5KISWk0j0x+h47fG+F9s98qK7C5LhotSdM16sVo2tof+ZDdXTZcSiEhrMnUJ9t+Is/UI"
    "dgEi8/2qOxl17idZi9tewt0y2QwEf5k8SzxZPiG7nC6Bhu8PnGRvEWMaBpUs+XdbSxsbvG"
    "RkbtHGPjbntLSNtqUxjd8K8xAfLflHCdjD1NgPw3JVuDkcHQGqON6KlonBK+Sa8Qc58Nf7"
    "nxbukWMdoa2aKR063EOLGPwlzDL9fYoUyYbMLrKYHWEpMJkP9qmWkGZcw0g3wzzSBjiONv"
    "bhs+G1Xt0Gm6NrNFm+zRYrutinWcphFD5+7d7mggj8pw9Cifo0cZjl5Bx9lQ/kJdQKeS7T"
    "FD2GKjck20e6VYulfA0r0sS2+QuYCuwXc/onqN5wOeIdTMvYu5A8gc5Dj8mxlP6NlAxMyC"
    "/oC+uoWgK0boArsX2Xdv//GQMO2GOL/6cP2P1wnz7vv7jz+G3WPz8u79/U1qPhiCtnwHVp"
    "2GDKFGvzr62DK43DrjUldF9DOEGv190K/6ps1SHgj/Lm39Kw5Q5W0mQaSZvDqT+wBWFiUT"
    "VJq5dzL3HGIbWYZNH7HKFn1Hcvg7Q5fCGvtGrUPooReHgvpRfIM/9y4HV4NxfzQYn4tAJN"
    "4UtVwVoH/38SEdAUXNJw6RR1ysCIQqjg9I0zYQIXBC+0mLAgJCTAojArBjQNPFa4Vx4YZS"
    "G0GS8zqO06WmeMYJD7WCwg3suNN6c3//PjGjN3fp98CXDze3n15dyqnknbDvxs4uLR14k7"
    "+LdTfwJh6eXTH8RkGqg3AKg3DSsfA6FKdEKI6CzfYIyBEhqvsGUfwkxrgXbpkT3MtKOb7h"
    "amVjU8Kwf5RAOFJ3WDSB1f80BtDtGpWS8E8RJQuZ2GmEnboYdHLIaIprz8Kuz1qKmIrY3f"
    "OiyAoo+hko6vgigRUO+k3BPvgxV6MOCJrRo1/WF+Mr0m97vX7/qnfRH42Hg6ur4fgi0qiz"
    "t4pU65u7H4UKkBA7Q50gP+aium7QWZ3gRHSAUro2X8iUKaX/fKtgnKYLttikUbA/KmEU7K"
    "fnbGsUFLf+UGCcH7RUhPJe4Uqtxrn5GCBoqrWrQozVMkcX4n6at27T2X+Q6fogVUA5RdY9"
    "Vh6US4YryIXLQbravpwg6h7KzfMzXlXy9q66ietgWIZ7h/ncO0zjyhD/mU5V9k1SdQ/n5v"
    "nXQi7EtkKv/uvn+4858a5bkrRkjk0X/BfY2DmYqzEWez7zsO1i4rwRj32J8HMBUUJIz3jZ"
    "0w71lPQtBsh42RlaV3eyx4m0HFKC76sirMHdAW7GcZFvTz+4veonBJOmn8zN893WqkXYrz"
    "VZQLmGKuXr7oTtVHsGfORboF7WBPjSq/6IRkC90XZ9o/2FsicLPt+vEWPYQqrtNt2lcNPd"
    "+J0NGu+9a+s9uycICDMw2Cyow//yQfh8/JkPBBwXup4DIPFzzET1IOhSBhzkgtkzWEBivT"
    "lLzeK+403JlNwSFzFkgTmjS8C3ffDZFQO+o1xuxTb4UXKwDe7nc2yiPzngGUFmPwNCXf4Z"
    "vJp6w9Hc4n978HLqvR2NeuL6LeJ/L0cm/9sfD8X1VX/qDdCYt497Y9HnYnA19UZDJO7Oxm"
    "/5df8tb78ajQd8nItLyK+v0PD1lMz5txZPdeTX+9VcYIIcZELOqBZkv4IVZxA+6cCiyBHf"
    "CzwRuuEU7jnglC4FJmUMcVEfAgEMdvmPd8CGUfLIEbgGjPfecMEciLmUzwhG/I6DxR84g+"
    "T/FnxRvBGFCSh5E0y986ucD506ewzdZY/UWbE+1I6cHH0x6F/kxjk5SaUAWuGUSVuJHCNg"
    "coX4sSMeMUZ4xIDEl4GuwYBEXU3ygLZlHe2ZD323oj1bIm3eeNi2fNgzYmZ0r1C+nMV7Na"
    "rS/ysqsCQ3aT+d6+zfWmhpk9ASzEqVF0JE0cFXQvNFTqM1UDEOPE3XJGu3V9CpHwWe2Gv2"
    "DAHvYj2381QAeJq/EtHf764/v7v+/vbIwd8dQvugsadb9lS89RO8m//aTyyX9pjy9Qtenx"
    "5wWqVtuJrAJ0Ox/RWExm1JOohyvxTK/QKU+1mUdan4o5WKlwqhIezgFTytSaIuuQWbS7KH"
    "xDIIdD1Wu8Biaog2bx5njwwS/iUmILiYEmjb1ISyLbqcEv7rbCRTyydge512QJVZDZe9Eo"
    "vhspdfiq+nzXnfqjkvGfoXFuqsJqGm6XTadirwui1J8W1bS83Amy5AW/XYDzW5ZuIW1x5o"
    "KSM3WHxAuS83Y+FbQVLGvtdOLt4JcfplVALf9A6gYS5xoo1619yjlEboj9vToBp3/nVkF0"
    "kzK//2yz1R+tkfpUsgVTI8J094ycfynqAHyv80fszLiSz7P6pb6OW+p7bPh1tioXU+6qRt"
    "89o2r23ztWzzT/yn1bW1hbRtxnor5cWOFylzOEkd89oBQiMYEglFJrUqrYIUWfeyWS/HZQ"
    "yZ43xD5rhiPkRWx1Ism0MdiNeyqSglfYYvfg3SEcMeEqKlQrJKi5754pUV9DRCqXd3Qo1I"
    "Krm4mHpD82Iukk36MGwZDWciqWQ8GIujujciEQaJnBiRwxJqKWCDbRvMEHCovUbWuUiM2S"
    "zokne2+AUi2YybYzxQC4gtFxAdb7mETBHSll/OP0bSZtGlCWAPUs3fW1k1fX5JSu3za4vP"
    "L8Qo5vTLvND5SCv+YzEHvqLfJEupPVMnEALd1iS5+q6oGCNqT1RZ+3129e5hul9imwtilO"
    "wbDP0hHKdDwCs0g1Kx+6Hl+RiR+23YEw4Rt7+X1uVH5ivUrShkP1/PWkRdGk4siyetCTDE"
    "f0bpUmeXtUt/CeemrGkv7N8JzSV9VHAZo17RQcGZUoCC4SuAG/bX4JYAlz9O7lgG5EqPQh"
    "NEJl5CO09uTdGmdUGf+E0wyAmiX1Tl4fbd3Yfr96/envdStQjiGfVJsJcIOh4TqnN1sDO0"
    "e4PdTltrU1iHr86KuliKTOu4xcpYXEDZUxPrYCRPWqZNMVf9VFQqjg/S5xC19ByikwHrkF"
    "6sGHvlKVUR8+3QrAwaddzpv/plQQHv7oBXlIEZ9R4X7msAgRznO+FCkmOJOmQOoMR+9u84"
    "smYxsgDXvFDWR9XUoEodL1Ie/V+pNbtWaXYOVzOQsULMDM4uKpkomKE7Xq7g5cWpnMfrr+"
    "5qjByn0dJZOvVIbCFVc45iNBrQYnE32qv3lHW7VgYkLejGF6lays1wbQOofnE6JcumQY0v"
    "1KqqwyElva0bRyHoJXw8JSKVlon+Oia8s4KVi91qh5lFBB206x4kKtzi/F+5Vm+Mpul6ve"
    "3YZpX2xWzFXotvQTVio2JkDQRGnY6FtuVxULIpmVdHHaxOZs5V6eIkx9PmTkWXEyHGVVPx"
    "tyRa8ShWPNRpi5Ul5IpZiy2Fdne28pax2iQoh1m4CjE5lqBbopahsYp132kSvZbnNxBAeU"
    "+x1coTHBBz8TwwaQNxIEQUXS+OoMgNyR+P+n5I/uuslfSAz9HSfAu2pyJpvvMZiGJLIdJ1"
    "R0TSsthRJkDROCWyeJnQZz3RJf5pSoTvnn+azxFDHIoJSDVMybaexRI7Dh87lvEYNk3Dp4"
    "myIlG3bNuUULFaJkD+S6/XUnpJ4wcsx2HN8Et+tkeK7HiscvYC6/Ag+R7+8UV11+iW+ojQ"
    "c54nFeGXNJzh+d8pX5niRSl2MWcCYh+mhP+V+WITEF7VWR26EJ9OymmiEF/IgzWmPUWqbQ"
    "5ttjm0MT+ovdOrj0hocarF8c7zjUVeKfTmVGBWwZm+qY7as9RZXfTlj/p52TOUD6zBdV7V"
    "n2PmuAZDj/4Rr7yVD5xpm4rcB+JwxT3VVdksVfYZJkLlCK/qqBz9MipHP1/l6GdUjrbrhd"
    "ktymJw7lbVCyXRBMh/U+J4syV2ZYn26FLUk0J80tYYbUQlqfBa9OYvD7RERHDAbx5mPl2m"
    "cUqgaaKVX/k9uBIWnRVkbtDRHzzTJDRSySzPUZ9UQ9gDMV9rDa85Y0UmVmRgx/Eki2XaxP"
    "ew8donjy7FqK7HiD+mfzUlG+wuOFAbzszRpej5H2S6fk//qh0WJX1kxtGOzIgSvlYMm6q4"
    "glLZYhHxN5jBdDmokMK0oEvEAfQqBR4niY4YdXwotm7YTy0t7ogxyl/Q4tVckYtV5N8gH1"
    "9VYGMJGX8El6GWtYxcygG0qavVpi5tyP4GDdmRLF1j3tO0en23eX2H6k2d3TxJque5zfMs"
    "4oFrRMF6Ogj2FGZ3jgl2FrVWcYpUz3Ob53mNmFMt1jlGoUOdMyqk70sibkU/bppOnzmm04"
    "F19mr7/OG52avq88SiZd0AtCVTWNu5/HcCm94A96hBitZIPDyDeM2qLrdrdJKHN5eqg7Pk"
    "v4dhaDcH14dgxK4i5rhotT9ajK6h/ZkP1VWYxOvHMBfIfNr3fDo+0DsxzgN0nrqKFgeD7H"
    "/g4Wcb/uIP1CWcjhRC5m/zxXFk0augVDCZgaLuOxOx+Mjs2Y8PkYmk8pAS4S0SqtY5wARQ"
    "Zol8DXeB/JJSf3KA0J5tTBDADhCWYzBndJlTp+oQD2g43O0GP+YqnUopXqFvBqJFeyOwfH"
    "3zba/X71/1Lvqj8XBwdTUcX0SKZ/ZWkQZ6c/ejUELP4+aDUCvND4OrYZnVLpdW2XbKuFyg"
    "qU6lyo982VK0OQqvdthLqaiXgqCXtPda7IZGUZBcjn00Sda9w/uaD+TiXF4d5wSRRnk3yn"
    "z5i9gVWq34TpJK47wbZ0JVlXfyM1zD/jq1tXJqq4VciFXWjb9+vv+Yl08ckaTlHWy64L+y"
    "dOvBgN8mWYiK0C4mzhvx2JfIsxAQFU9IGvuUDCMGSE+Iv1tUdI7EaLRjROlwkvpmLZdTjF"
    "I7SYqdJKlEsT3t+d0sHH6utuvHuGx30U+53rXHZBeysV0xgSn/AuDjl/fvy3lLsIuW+9od"
    "o3yXO9evPNQRZj6W7THymRSbH+OulXIWyGWcYqcR8p4gIE32QsIBgjEAnQPKW2Njivwnus"
    "aWOFE5KCZzDviMIMaQBSgDDK1saCIra4M8wPjKsvmpfTrIwZI5VSbHS9fRb1dSbmZ+MpgX"
    "HOiloNW2qxK2K1lnTY10udTOY2ukwV5QkbXPohpYUeGrcHvZbjQiAdLfXybRTiOzcpdYZm"
    "LKvNzgOr2plZm95osBhd/S8IiLbbUxP0+7TVPuWcu3ndKTMkEpW8qXzkS6qlJxyt9zEkTd"
    "s3eNyti7Rvn2rlHG3hWusxqxxClSHUvc5lhibYvQtog2qW/nNW0RL17O6MGfnSJdUHY5L6"
    "sHumHvMhWB+SwKvSxGL4NFsOsAGfz2nbyMKXIO+DVUTT9t5fFfAaMbR1kLuPkn7BGKkq9y"
    "7BaEm1U5DhGZ8k2UrCko+ASXlfTJsH8HdchRGR1ylK9DjrKniJxYwd4XEuMOU7JXGYWc79"
    "WMCI7v03wZ2BvzXmaEsDJW9Zhdak/juuK9d7oTdXQL+zbOXi1OJeLwC2Up2dNwwq6NFonM"
    "mKxlMTxtpm6VmbrzxQ2jIwuk4B07wkB+FrXu2Bo9h3fjn7j0yCWN4EZ0OSV80q2weXu9u6"
    "JdHVmyV+6YtIJT0rLiTViKr+60J0c4icnfTvuUiGRH2RRcyGmWE7ydwu3chQwSsgZXEvAa"
    "2waczyHXN7imEP/Yjilue4VLhR9kA7Fbww8SkE1AcCEKUrp4Lc4Zkf/5Z/mOkwUqg6umCj"
    "telpm3y/x5u1TNG6tZSyhBqe3JbbYn6wozXZ5dXWHm25hnuuKzVc1CFCPRMe+VbUPaDXfA"
    "eGuRMiv80bOqJ7VkCHUkeyoWgz1Cvq3X4VsFqUZXu49bEMoe58wGgL5PDXeSnLwTaMVyLl"
    "FrabvBNgB0t1MHMu+iPaot6dIlL+PcUPmFFD6OHPdRvqsjTBkwWIricB6PKDxFR+e3z+1R"
    "NSJfR+FXiMLX4SkvFZ6Sj3H3zpNOBV2VOv6nX3D8T191/A9TMPINpTaCJG+jYCpennGaQy"
    "EcbtDH3Xxv7u/fJ4w8N3dpK86XDze3n15dps5NyZYX3uahGNC26QapymgVg64a4IhTELWc"
    "7BzMKeMyUqXgqxiJDr/ao3gEv4/V23lu4bg4iS5XnlOuPBLCczOhdjvDc4bqoKTSTNRyOe"
    "NcpBo1Z6ELMwdObA7qWOlifNimTI9kSVuF0p6peZuvrm/r7Bpu2HlnksfUGw4GcOpdXaHh"
    "1Bv1ruZTbzyb85Zhrz+aABhLeI3y7XlraBv4jl/7kVqI+WkaDsAugHN+W8CjyPo4ziP1Ad"
    "wttyboXP8XsDLoE/fyoe9u+VeLklrhU1syHVfT6rgaz+WvzEo7aIykc2atXimzVq/ArNXL"
    "mrV0KI0OSTgVZad9ek7MqatQcpIu33wNx7GhsYl13J3CTgBdI2Z5CAR04NXUezseD4TKMR"
    "q9BnPKZNkxkc31nTzxYEHpk2wm1MXzAFIH2EL7UKSwH+IJSi9pmG9mozWytWu0XcqMPynK"
    "9+9ue1lE3GYVJozumIR8PiUB40/CFZBeHC+TEMKf5NTScBKEWsFpiwRc6nwLLZzpaNzTRF"
    "e81iuiGiPRzFqsSYRC0/4qRBeP6UvrEDHGKlGaWytpOm68rUCXjxt/IX04WSddpRNnKqkX"
    "6MVRXwOHnUuV+Oa7Gh9C1t6GYDsKEP4V5LhClR2PR8JLNxv1X4uS28L15nqMSC334uJi6g"
    "3QfPR6AqBty9gV4apzucJrKk4ePM4jteevBe/k87Z7/lq2sR3a8RcsuypQx0jabJioCfGw"
    "lJNgWOAkGGadBPKYV6U0X3SiaZzqeIFph0T6aEebFoj+0ZG7zUmmXTv/PS01xRmxTd6Da8"
    "SwuVBJScGdQukIbvs0mri0j1DxrZxuvGd4ar4MsUbMqZjNESPp4PusNxyWcXoPh/lOb3Ev"
    "4/SugnDQvYPoXpaSFi4LpIVLVaYMcZXvqPz0gRiJTh84XPXW5l9mf/w/xiiWmg=="
)
