from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "identity_check" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "provider" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* awaiting_video: awaiting_video\nawaiting_provider: awaiting_provider\nchecking: checking\nretake: retake\nin_review: in_review\npassed: passed\nfailed: failed\nexpired: expired */,
    "consent_version" VARCHAR(40) NOT NULL,
    "consent_sha256" VARCHAR(64) NOT NULL,
    "consented_at" TIMESTAMP NOT NULL,
    "challenge_digits" VARCHAR(8) NOT NULL,
    "challenge_action" VARCHAR(12) NOT NULL /* turn_head: turn_head\nblink: blink\nnod: nod */,
    "challenge_expires_at" TIMESTAMP NOT NULL,
    "video_object_id" VARCHAR(64),
    "video_kind" VARCHAR(8),
    "video_size" BIGINT,
    "video_sha256" VARCHAR(64),
    "video_uploaded_at" TIMESTAMP,
    "video_deleted_at" TIMESTAMP,
    "precheck_findings" JSON NOT NULL,
    "precheck_facts" JSON NOT NULL,
    "prechecked_at" TIMESTAMP,
    "provider_token" VARCHAR(128) UNIQUE,
    "provider_url" VARCHAR(1000),
    "provider_score" VARCHAR(40),
    "provider_liveness" VARCHAR(40),
    "provider_result" JSON NOT NULL,
    "decided_at" TIMESTAMP,
    "decision_reason" VARCHAR(500) NOT NULL,
    "passed_until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "decided_by_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    "owner_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_identity_ch_status_bfbada" ON "identity_check" ("status");
CREATE INDEX IF NOT EXISTS "idx_identity_ch_created_bd9603" ON "identity_check" ("created_at");
        CREATE TABLE IF NOT EXISTS "signing_request" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(24) NOT NULL /* application_form: application_form\ncommitment_letter: commitment_letter\narea_confirmation: area_confirmation\npower_of_attorney: power_of_attorney */,
    "title" VARCHAR(100) NOT NULL,
    "requirement_code" VARCHAR(40),
    "status" VARCHAR(12) NOT NULL /* pending: pending\nsealing: sealing\ncompleted: completed\nexpired: expired\ncancelled: cancelled */,
    "scope_path" VARCHAR(400) NOT NULL,
    "original_object_id" VARCHAR(64) NOT NULL,
    "original_sha256" VARCHAR(64) NOT NULL,
    "current_object_id" VARCHAR(64) NOT NULL,
    "current_sha256" VARCHAR(64) NOT NULL,
    "details" JSON NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "application_id" CHAR(36) REFERENCES "application" ("id") ON DELETE CASCADE,
    "created_by_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_signing_req_scope_p_be5033" ON "signing_request" ("scope_path");
        CREATE TABLE IF NOT EXISTS "signing_party" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "field_name" VARCHAR(40) NOT NULL,
    "role_label" VARCHAR(40) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* waiting: waiting\npending: pending\nsigned: signed */,
    "signed_at" TIMESTAMP,
    "reminded_at" TIMESTAMP,
    "reminders" INT NOT NULL,
    "request_id" CHAR(36) NOT NULL REFERENCES "signing_request" ("id") ON DELETE CASCADE,
    "user_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_signing_par_request_caf550" UNIQUE ("request_id", "user_id")
);
        CREATE TABLE IF NOT EXISTS "signature_evidence" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "signer_kind" VARCHAR(8) NOT NULL,
    "signer_name_enc" TEXT NOT NULL,
    "field_name" VARCHAR(40) NOT NULL,
    "certificate_sha256" VARCHAR(64) NOT NULL,
    "certificate_issuer" VARCHAR(200) NOT NULL,
    "identity_result" JSON NOT NULL,
    "sha256_before" VARCHAR(64) NOT NULL,
    "sha256_after" VARCHAR(64) NOT NULL,
    "object_id_after" VARCHAR(64) NOT NULL,
    "image_object_id" VARCHAR(64),
    "image_sha256" VARCHAR(64),
    "signed_at" TIMESTAMP NOT NULL,
    "timestamp_at" TIMESTAMP,
    "ip" VARCHAR(45),
    "user_agent" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "identity_check_id" CHAR(36) REFERENCES "identity_check" ("id") ON DELETE RESTRICT,
    "party_id" CHAR(36) REFERENCES "signing_party" ("id") ON DELETE CASCADE,
    "request_id" CHAR(36) NOT NULL REFERENCES "signing_request" ("id") ON DELETE CASCADE,
    "signer_id" CHAR(36) REFERENCES "user_account" ("id") ON DELETE RESTRICT
) /* What a court clerk needs to judge one signature: who, proven how, on which bytes, when, */;
        -- SQLite cannot make a column nullable in place: rebuild upload_session (no table
        -- references it) so that a session may belong to an identity check instead.
        CREATE TABLE "upload_session_new" (
    "id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "requirement_code" VARCHAR(40),
    "display_name" VARCHAR(255) NOT NULL,
    "length" BIGINT NOT NULL,
    "offset" BIGINT NOT NULL,
    "kind" VARCHAR(8),
    "parts" JSON NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "object_id" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "application_id" CHAR(36) REFERENCES "application" ("id") ON DELETE CASCADE,
    "owner_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    "identity_check_id" CHAR(36) REFERENCES "identity_check" ("id") ON DELETE CASCADE
);
        INSERT INTO "upload_session_new" ("id", "requirement_code", "display_name", "length", "offset", "kind", "parts", "state", "object_id", "created_at", "expires_at", "version", "application_id", "owner_id") SELECT "id", "requirement_code", "display_name", "length", "offset", "kind", "parts", "state", "object_id", "created_at", "expires_at", "version", "application_id", "owner_id" FROM "upload_session";
        DROP TABLE "upload_session";
        ALTER TABLE "upload_session_new" RENAME TO "upload_session";"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE "upload_session_old" (
    "id" VARCHAR(64) NOT NULL PRIMARY KEY,
    "requirement_code" VARCHAR(40) NOT NULL,
    "display_name" VARCHAR(255) NOT NULL,
    "length" BIGINT NOT NULL,
    "offset" BIGINT NOT NULL,
    "kind" VARCHAR(8),
    "parts" JSON NOT NULL,
    "state" VARCHAR(10) NOT NULL,
    "object_id" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "application_id" CHAR(36) NOT NULL REFERENCES "application" ("id") ON DELETE CASCADE,
    "owner_id" CHAR(36) NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
        INSERT INTO "upload_session_old" ("id", "requirement_code", "display_name", "length", "offset", "kind", "parts", "state", "object_id", "created_at", "expires_at", "version", "application_id", "owner_id") SELECT "id", "requirement_code", "display_name", "length", "offset", "kind", "parts", "state", "object_id", "created_at", "expires_at", "version", "application_id", "owner_id" FROM "upload_session" WHERE "application_id" IS NOT NULL;
        DROP TABLE "upload_session";
        ALTER TABLE "upload_session_old" RENAME TO "upload_session";
        DROP TABLE IF EXISTS "identity_check";
        DROP TABLE IF EXISTS "signing_request";
        DROP TABLE IF EXISTS "signature_evidence";
        DROP TABLE IF EXISTS "signing_party";"""


MODELS_STATE = (
    "eJztXXlz2ziW/yooVW11UqtO2bItO+qtrYrT7h7PJHFX7ExP7XCKgUjIwpgCNTysaI7vvg"
    "/gIR4gRVKUTDH4x6ZIPFD64Xr3+9dgYZvEct/cOY+YURd71GaDCfrXgOEFgQvp8yEa4OVy"
    "85Tf8PDUEgR2tuXU9RxsePBshi2XwC2TuIZDl+G7mG9Z/KZtQEPKHje3fEb/4RPdsx+JNy"
    "cOPPjr3+A2ZSb5Rtzo4/JJn1FimamvTU3+bnFf99ZLce/Ll9uffxEt+eumumFb/oJtWi/X"
    "3txmcXPfp+YbTsOfPRJGHOwRM/Ez+LcMf3V0K/jGcMNzfBJ/VXNzwyQz7FscjMH/zHxmcA"
    "yQeBP/c/6/4VdLNNP1T3cP+v3Ng64PamBn2IzjTpnHgfrXf4J+N4CIuwP+gvd/ePf51dn4"
    "tYDAdr1HRzwUcA3+IwixhwNSAfoGZfE/h/P7OXbkOEftM0jDF22CcXRjA/JmgkXwRQDtAd"
    "LBAn/TLcIevTl8PD05KcH4z+8+C5ihlcDZhhURLJdP4aNR8IzjvcHXIs/EkgN8w/yFAPkW"
    "vhRmBsmBHRN3Ge2BQb31BPG/GjMph9zwJii60jjihMCd4P+g0chUGpiScckOi0mW2PEWhH"
    "lNxybdQ6MBCjeUfY/P0sKMAdgTFF1pbG77rrgVXmjMw9/gG+FvGnPIIx87GNPoCsbQd54J"
    "3An+a8ygz9TS8WyGqePywU98bDLCoyojPCoe4VFuhF3DXhJ9iaH7Gttbmmpfyy53khxsjz"
    "uvtMedl+xx5/k9znAIh0PHksX0Mzzx6ILI4U5TZuA2Q9I30UV39rzq6MMPNO+YtQ5HvQT8"
    "h9uPN/cP7z7+xl+3cN1/WAK/dw83/MlI3F1n7r4aZ8Yp7gT9fvvwB8Q/ov+7+3ST5Qzidg"
    "//N+DfCfuerTN7pWMzMUGjuxFqqVGH7Q82P70em5Yi2oFbO8zWeQDejLO/sycpaxZglUf3"
    "F9sh9JH9iaxzJ1QG0QLO/yix3dzdfEUHr2LBIT21AAT46cQTMHyGqf759v3DQKA9xcbTCj"
    "umXgC7MaeWCV3lgb8OKX/502dixWh+T5inNgDfJcFh3xylL9BFT9Ex7MUCvrBHyY4YvQ87"
    "Wh/h8VcJKc6V7ojRz9SFvRVbv0FXfYXJ9chyR5jeLZeO/Yyte+iqp8sOoOASzo5A3Vv496"
    "CjHsHEDz97ZCcOvdRxmH+0GC2ydzDDj+In8XfzN4WA/ebQZ2ys38NLiXhjTv2YaTEsU0Au"
    "g7biN0SNt+kgBw9zguwVjNQPLgoJkWcjD24v4aCyGbZ+pGxmOwsx+IjZHjUIeqX5ZycnWP"
    "PPyUj8nfK/M3Kq+eOT8YxfmyZcj/A5/DXMC9F+qvmX05Gh+Rdn59DyYmzCnfHl+PT1kL8t"
    "KwJ36stpLOz9Gd4ML/sJrag3N4GZwhZ/Y5L2nLw9D2kRdZFDDNsxiTnkXxAFHBZ88JlHLf"
    "FjsGHY8Ak92sR9MxgqBXAnhIxhmQJYzAU9nAu1VME5yi6rKRsqTM5GFfQlZ6NCdQl/lNaW"
    "PDqYNdOWpCmVtuSYtCXRFssajHuWtoWR7ybP0vWBjjApHWkuFtfUiiVI2jzAujuozZVifq"
    "gx2FElVlHx0FFIt+rCEhMqpQl7/+7+/bufb8oUYfuUEgTqEtkgGo1iiUD8oJC5VC4J/eZI"
    "HdsqcEnYbpWNaLvMiQ6EIDgJ5EGNwRHlPE2Q+KexjVlZd8gzJSveUnJTY0vHBmHOW+vBco"
    "Nm2Tu8t2di8ZtAt+T9JD5yoy5cPlPXdrhhN7rWGDYXlE2Q+NfImHtexZh7XmzMPc+Z66m7"
    "tPBar+utkqXr8rToktcK327rYp2kacUdYvtudzCQx1Vm9Lh4Ro9zM3qJXXdlw4E6x24tD4"
    "UcYYddTxqiPao0pUclU3qUn9IrYsyxp8Pux2THeDHgOUI1ubdN7hAyl7hcM6Q/kbVOmJEH"
    "/YF880pBl/TQh+leJu7e/OUhJelGOL/6+O4vr1PS7oe7T79GzRPj8v7D3XVmPByCLXEG1h"
    "2GHKFCvz761NSBb50C11UT/RyhQn8X9OuetHnKPeHfp61/CQDV3mZSRGqS15/kAYC1WckU"
    "lZrcWyf3DFOLmLplP1KZx8otK5jfOboM1jRQau1DDj3ZF9SP/Bv8ODo9vzy/OhufXw15uA"
    "Lciu9clqB/++khGydhG08AkbAk17WPZGmVfaTL9hHq6tjw6LNEuXBt2xbBrOA4TtJlhngK"
    "hPtaQdEGdthhvb67+5Aa0evb7Dnw5eP1zedXp2IooRENVPz5paXc84t3sf4anEPnnAajnq"
    "ZUm2mXN9NkqG5No7OEVAVklNqes3HRKiyjgilaMs12Cc4IfCd3dO/N+6Ie2blVyRWah3bu"
    "GnzwB97HHTdU9hUlvFxa1BAw7O5dH/XUn+Wcwuq/WwPo5rnawjtGlExiULeV6dT3YA1/ad"
    "nYBFZzRq1dd6qPAI1DsfULtY5REqmBV2QV2zX2TnR2H/TVV8SoCfsM9dZ6S4vyNuzv/ZwY"
    "Tz1dlTFmBv+RBwbsKGeZC3w/9nyH6OSZo2fIdFt1ws+i/m4S3fVwpnHcoBOde7ftHCd7H3"
    "T2G/TV21DZCDCHwHd2PVcPNXStIPc56LRP2O3Tmfmdb1Iv4GMlLs2Jp8Myx2bM28G2UTXM"
    "cS9+zS75h2QG0cdCg1ZI0I4Z62VdoQI71tvR6OzscnRyNr66OL+8vLg6iQ1a+Udllq3r21"
    "+5Bn6YVAhGKvlil+f6StrequT7pJ2FhWzLY4GKjfJJmj64QmTCKcdVwimzY5YIpxxnbfIB"
    "XsUxA2Uo7xQt0Gmc23fBx4Zc7V2KcX/jgtt3LrGnfyeGF4BUA+UMWf+m8nm1jHUlCesKkK"
    "63L6eI+ody+/OZLuvAG7TuH67nF1Vm70Xx7L3I4hrKfjWnb5qqfzi3P39N4mFqSZQSf7y/"
    "+1TkORGTZDlzanjo38ii+5OvE6GfU59aHmXuG/7al4j+5BClmPSck2vWnzXDffMOck6uDn"
    "mu7+OaJFJ8SIV5XxdhBe4WcHMeJS8TfC80Un8gOK36yT0cbtdWzaN2nQnCL1RUSY+7I9ZT"
    "7ehvXayBelkV4Euv+gMqAdVG2/eN9nfbeTLx+u6ZOA41iWy7zTYp3XRXQWPdTrbemg7xjh"
    "HE1cBoNbdd+AudwHj8CB0h18Oe7yLMghQPPMU/9mwHucRD0zWaY2aK3H2pDIY79qcxjd0w"
    "jzjERDPHXohsgfce7/C9DXwrtdCvYgZb6G42owb5wUVrgh1rnciFeDGemfB3hE81/+14PO"
    "LXbwn8PR2LjIVXF/z68oznLbyC+1ejK97m5PxS88cXhD+dXr2F67O3cP9yfHUO/ZycYri+"
    "JBevNZ6AUbzVFV/vqzGnjLjEwDBRTex8RUuYIDDoyLSJK1IgPjF7BRTeEAGlZyPDdhwCrD"
    "5GHBjqwY930cqx2SMg8A450HoFjDniYxlkfwx6/AnAghdOMfvnHBbFG5492GZvwqF3v6pc"
    "il3xDy47RPn6kBtyCuTFsH2ZGefoOJUSaLlRJqslcvVwkkvYjy3hQAnCA8YDvQx0LcYDqZ"
    "JPe9Qtq2CrYuj7FWzVEW7z2qeWGcCeYzPjZ6X85TTZqlWR/q9xFQSxSQfZFAZ/U0xLl5iW"
    "cFTqHAgxRQ+PhPYrkcVroGaAXpZOpYYtD89L7TU7xub1sejKMBOZl51fdTPF7iHSrEdo79"
    "X3dDM9Jad+au4WH/up5dIdVb464FWJ3+PKLAliAgyGZPsrcY3bkPQQ5bNKKJ+VoHyWR1nV"
    "cz1YPVchEOpcD17D0pom6pNZsL0cV5iZehDYJZ/DFSqCp7vo8uYRlauZoPBCY9iybAOLe/"
    "GlxuDXWURkdpqgzXXWAFVlNZxWKdZzWlys5zRXrEep84qh75c6L+36F+XJr8ehZulUPp2M"
    "43VXshV1bS21A2+2/kPd2txycjWJO5wUqqMTucWsUNJ9uR0N3xKzKvq9bs7irRBnD6MK+G"
    "Z3AAVzhbLz8l1zhxxnkT1uR4Vq0vjXk10kO1nh2y92TgUneukrSC7DS3du75ow74a7+JH7"
    "sLM+gVVLS5+uWV8M6R0jDzb8ab1w/ZHskf+pb84Qh4TcmBGdH6WmjLiRMmQoQ4YyZDQyZD"
    "zBT2uqmIxou4z1hiVOlEKsUkixiS5yD34kDuHRV4Zt1loFGbL+hf6eXlXR+l4Va32vagaP"
    "5AXSHRNw1fE26dhQVOJCo4NfgXRAH5EUaynhrLKsZzF7ZYYt9Yjr3R59xCNwTk40/8I4mf"
    "HInDMc3RlfTHkEztX51QTN7RWPGiJCuvjBRZFIh1bUstCUINe2nok55FFEq7m9gMYmXBCW"
    "D086xAsVg9hxBtH1FwvsSPz/ikuPJUi6zLq0AexeKo/5S7OhgTRNqQykXTGQRhglLKS5Ax"
    "16WsKPpQB8TSNTnlKZ8Y7AX7yrEYXN7XaJiajMdlWNHfnVu4OdY8GT/ns22znzf9RPj4CX"
    "SAaVAh0izfMhwhy6sCfsI8hhJ6krCGOQiFtxfEOxnDWPm7QchZeM8ONg8P+ObS9UKF635J"
    "dobKqq9qL2vZBcMkq9KurT02L16WlOfSomfA1wo/YK3ArgwuvEjqVjEHokkiAx6ILX5pHz"
    "rRnarCwYEL8JOzlC9MtSYty8v/347sOrt8NRJnFDMv1AGuwFwa7vcNG5Ptg52p3B7qautS"
    "2so6OzpiyWIVMybrkwlmRQdpTEeuj2lOVpM5OredyuzQs7qgqRHa0QeTRg7dOKlZheRUJV"
    "PPm2SFa6HTfcar/6fW4jaO6iV7aDprb/OPdeI4xEPz9xE5Loiydtc5HNrHXwxBUJnomJQP"
    "IieRtVW51KZbxYeAx+pZLsOiXZuSBmEH1JHCMs9FQxqjJHd7jAytOTk30JIy3HVQaru95E"
    "TtIo7iwbp8W3kLoBWgkaBWg5uxvv1Tvyun3LmZJldJOLVM7l5mZtC6h+cXvFy2ZBTS7Uuq"
    "LDPjm9jRlHwuilbDwVPJUWqfbKJ7y3jJVHvXqV32KCHup19+IVbsL8r53YOEHTdnLjbmyz"
    "Uv1iPr2xCVtQA9+oBFkLjlHHo6HtuB+UuJUOQrRdKo/8LhTpkiSHk+aORZbjLsZ18xZsSJ"
    "TgUS54yMMWa3PINaMWOwrt9tDuzcTqEqMchSxL2ORENHOFxI/6MtF8q0r0nSh2wZANLflW"
    "K8pdEMejs1CljXj1jNi7ntfrKHTJvxqfBS75r/Na0j2+R3HzHdieyrj53kcg8i2FCdMd40"
    "HLfEeZIMlNjYlMb1ye9XmT5CeNcds9fJrNiEMAignK3NDYJvnHgrou9J2IeIxuadHbeA6W"
    "uFn+nsZsvlomSPzLrtdKcknr1aiTsObmS3G0R4bscFNl8ALrcC/xHkGtp6ZrdEN9QOhhzr"
    "Oa8AsamPDwV4OVyQ9Kvou5E5T4oDH4K+LFJii6arI6VNZCFZTTRtbCaA42GPYMqdI5dFnn"
    "0MX4oO4Or6on0eFQi8MVP054Xknk5oxjVkkB5ExDZVnqrSz68nWRXrbg9J4luN6L+jPquJ"
    "7ukMegHi7chY5z9zQe+8BcENwzTaW3hcg+pYyLHNFVE5HjrIrIcVYscpzlRI6uy4X5Lcp0"
    "8MyrKxcKogkS/zTm+tMF9UQ++/iS55MiMGjPlKx4JqnomreGw4MsCOMz4B8+dQK63E2NYc"
    "MgyyBNfnjFNTpL7Hhhw6Dz3C0ukYrJso7bZG5ELYgTSK3RNUysWMVKdOq6vphiuXv8e1j0"
    "OSCPL3mvnu+woM/gSmMr6s0BqBVM5viSt/w7MbygZXDVDY2Sqi9ysPoiccDX0qGGzK+gUr"
    "RYTPwdRjCdntcIYZrbCwIA+rUcj9NEB/Q63te0btlODbPMwjyOjpp6wPfphBn1dNFFPfQh"
    "Rd+h9dLCAkIcxwaGibNKNXcVGfl3uK9c1thWBGTwCuBpF42UjtIOlOqx06pHZVj4Dg0LsW"
    "zTYNyztGp9d3l9R+Jmk908TarGucvjzP2zG3gl+8op+RhGd0YZdeeNVnGGVI1zl8d5ZTtP"
    "Jl67uoefSB0X9DxhIwG/Y0Pbtoj/TBy3nmt/gkJ59mfhDE2nzKvptpClU/UIVfS7Ctbunv"
    "tHYbC2vNZgvKxbgLZixHY3l/9WYLMb4A4pd8kzYbvWgkv4ytw8k6Ms7F4p7dMCfo9DsdUe"
    "XB/DHvuKmOuR5e5oOfYztu6hq77CxI8f3ZgT42nX2pXQ0XvezwN2n/qKFoDBdi+Gem/h34"
    "OO+orTjGe82A2kaH/6hVp9YlSyQp1JjV3PwN8c8ln40/w56K6vaPlLy8bmjmB9EZ3cEzeS"
    "jfvBpqWPPuBXeQQf9+Ei7q7T6z7o7XPQWY8gO5CLd8CXlvt5x7xrJWdvncTNtwZKQ8/OOv"
    "DfFIkeRBEx7j3A5/8QUYZsx+TxlN6cBCkff3AR16ZalBFEXcQtiWjm2IuCPJL7eEHL7ujX"
    "9LFQSyZVO0gUZOGk7q6HdKAgezsanZ1djk7OxlcX55eXF1cnsaYs/6hMZXZ9+yvXmg2T6u"
    "RIjVbspt7AUqdM8J3S9VcxwWNDHupc7Jm6oeiyl3xjt9RKXqklTqlZbya+G+plTuwF9rI0"
    "WR889/btaA2zvD7OKSKF8naUYflzX0a7XnK8NJXCeTvOzJZlxiv2+o3aq9QTtV18TeJhKl"
    "PH/vH+7lORj3VMkuV3QGpH/xap1fcG/CYIklds8Chz3/DXvkQcJIeofECy2Gd4GN5Bzuda"
    "7BY1rbkJGmXJlVrIhbzZyEaeoFRW3XKrbiaQe0cDZD8LewzlhsjELNuelFusd2Xi3YZsYl"
    "dMYQpfAH368uFDxXo+vje1v+2mexR6sbu4o55M5dScpB5Z7KqhjcN2b70ggWJfgDqQija2"
    "hZdraZMm82qK2kWSYquu9o4RJEyxnBFEfGIge4ZsuJvok4dx28/UJOYQhTnxhghGhDgOMZ"
    "HtIIcsLWwQM6+q3UP/0uo/meMsDCUXoeEG4KXKAXUrt0hufHKYl9QlldAqFV8FFZ9IFytH"
    "ulqGikML7uFeUHNqD+JUnnH+zmh72Ww0PI9DsL9M4p1GJBdZUJFQQqQXCa+zm1qV0Ws/p2"
    "H0LXWfedSS2zyKlABZyh1LEnSTyZTG9eYrEthTnnVDKl8W7zkpov6pBcdV1ILjYrXgOKcW"
    "jNZZgxCcDKkKwelyCI5S2SiVTZfEt2FDlU2xduFA8uBDMDplsqBoMqwqB3pR6yqFDWAUuV"
    "yWoBc+NdRzkXBq/klcJgQ5F32NRNPPG378K3LslSstadD+G3bw2CkWObYzwu2KHPtw4Pku"
    "Mu+V5K3Ei1ryZNS+hzLkuIoMOS6WIcf5YmhHVnfghdi4/VQekEaXFBt/Y4LDm35fBvbWjL"
    "w5JqyK8SGhl2opDiFx7h3vQB1cw76Jn5KzU6n4qlJeSrTU3ahpq7mucyprkdNXqak7pabu"
    "fY7muPKSYLwTlZjEZ56y13km6+hp8hNwj8BphA/iS43BoJvR7c319sS8TXjJUbVqryXFXv"
    "PsTZRRuOmwp3s4isHfDLvGeBC7uBVeiGEWA7wZws3YRRMkmhogJNBnaul4NsMgb4CkkPzY"
    "jSHueqJuiR1khanXwA4Skk1QeMHzanv0mZdLE//hszjjRJ7t8Kqt/NSnVcbttHjcTmXj5j"
    "RMwZeiVPrkLuuTVWK2Po+uSsz2fYyzvYTRqqchSpCo0ID62b+VGW5/buk8spjbo6d1C87l"
    "CJXDf8YXw3nEsK03mbcSUoWuMh93wOM/OTNbAPou091RzuStQEuWc4UcepsNtgWg+x1hkT"
    "uLdsiip1JSvYxxIxmaIrFtZCJXik0bIpeLvgmWqRYmgGcecX4M3GLRHDPTIg5yPWpZyF4R"
    "E3m28OsXnaNXPPWKcCQI8jBgaCTe91oeI9BW5xrT2O8OL7jA0HSNvvJMzzPLXr1xiGE75l"
    "eeHCZDDZ+xh4Lnrngo3jJEro3gy5Bv1PVceLu11hidBa2T5MGXdn9CwXIyZa+AW6s5Nebi"
    "QfjzfnAR/3aIuhoz4ceJF/Ln4u4cho8w/l6DvEFfMfyixdJzvyJ4R/At3RUhS/iInwG+GD"
    "Px9Z7gCfQ6w9QCjDl4nMAk2PwRyAFpFPjYwOTlmXDsGa9a56x5W/jFM9g5n4lTHGwR5wIK"
    "X7qb2UqlyuHPDpEqJxqu3BAUO8ckSLpsy2joH3NaybxwWmJfOM0bGI6rRtBBV0GP8xOF+3"
    "N+yAv3tiSJypafzZYf8Ch1z4sk1eEw7cXBUaI5iM/79nQGfcucnRW3khOxSx7nMtcyiShR"
    "4IFWLFJEUce6k6HYn9NU7OGuAny75zlVN6hXBfLWCORVHu4v5eFejPGLebjvzYaZiduoVA"
    "j9rKQQ+pmsELojmcjXtm0RzIo2Ckc2l6dAsy+Eow36sJvv9d3dh5Twc32bNQR/+Xh9A+Jp"
    "pmJxnpfehLLr2LK4Pq026LIODjgE8Z2jHYOZ7QCPVCt+I0GiIjh2SNMHz6l8Oy+UI5MkSj"
    "YvqGQXM+GFyRS2+9MWdNVDTqWdwMdq9v1YNGpPYI+Cj49sDJoY+hPzsEuie7rakURoz5VD"
    "KhbXNyWYdC9qvNUIqPkX5+dY8y8vyYXmj0eXM82/ms7gzsXobDxBOJEzJ07ZBXcj3cBPcB"
    "0EexAniPR2ublJmP44PJLA8cO8suXaD0qboNKF9UDLcFx2rMNC319DFvdEaBKBsSFTrvmd"
    "ds33PTgya+2gCZLeqbVGldRaoxK11iiv1lLe+Mqr+ViEne7JOQm/UImQk/YaLZZwXAvrq0"
    "TD7VmwGLJ5cUyfoJAOvdL8t1dX51zkGI9fc7844YTIE0IE6arimnKBXyJ1kUndJfZA0hAu"
    "i6H3lCwj1r7fJrWeRqksLOjBUibTbgk5waBIz+XterSYuMuiTeQ4PonmvMbCRTCJVkN2oV"
    "Ty4ms91hze5DaSfFKESvDpCmdcyYNPMW0q0O840eXHek1UEyRqspZLGBHTtLtokco8dpzQ"
    "bpUtEhOrQnEkJbypkNSuAl09JPWF5OR0CSaZrJwr0lQiL8dtdRo1rhQWCLsadCHK+mC06Q"
    "VxuwtxPS7WXl2NufVuOj57zav5cJOc5ztMSLwnJyeaf05m49cThC1L+LRwE54XRL7lBOfD"
    "vFJZBDtwJg+7bhHs2Ma2b4NguOzqQJ0g6bJioiHEF5WMBxclxoOLvPFABT6pwKcOjkdfAp"
    "9+oQLewogn8byUU4pDnWZR00p8kr+0bGwCn8HJhogww1kvE+kCghJTyPVgciEfBtlBX+Oy"
    "U1/RK8Zj8oGR4eT8uxckUtjPa3bgh16o3lYDvuhwQSstldvqOHvUtS1s3/xRcbZwOdDHkC"
    "G8IbhXFbC9KoT2Kpf7l/5TFidUwg9FFIoXqsULpUCf49HFuM6E3lD0cEq3XyORW+8tvNbr"
    "hnNm6XoI9ujioopb1sVFsVsWf5bG25v7iynD1KrJjGTp+qcraH9uK+fhYuj7a0M3fMeRSs"
    "zl0aUbKhXVWz2iVDks7NGkHonR9ZM+5ykVuMqFtwtW4MTMbAHniulyjxXg/DLulPH3N4d8"
    "FnGNfyYOzwYwkMWDZtsMS0NCHRJESurPieZbVZsPc4I4T7CAuWgg6OTHoJcfXBT2g2wmHJ"
    "kjvSk32wrHZn+6oK4L/QzRE1l6Qb7VXJWo9t/A6yABz4GNNTIwQ1MgJNj1HW4DfsQ8KarQ"
    "lMJ57DzBS3jmZN4HeuVh55F4SPNHo/EFenuF/muIEtoydL6zslQZj78b43HXNsZ9a0dfyA"
    "7wncndib27SRhBgrzLk3pgP02Q/aQxHkcQRBNEheuisnXZY+QFtNYz+NHyNPklOX8SNIdP"
    "+pPY3Kc+tTw4C9/w973E/r6XVEBKLVW8FHqsluKcnI6hRyKrWVGqm8qQNlNQdewQUvqpbo"
    "KvVChdVKG8jID/Regf7okQXwcS6T7dYFgm2ge6DN1NtN0eDg18lOsveBehTxHIv76LTt+c"
    "IJ6D8/VECMnTtUdcLlfPsIOwQwLHIhCk3YTrEa+ILYuBbv0VvPrLrQcSvWUDD8Vjosk3+J"
    "XWWqgDAvF9gkDmT4w9SPgiMVRQEcUjC/Tqa+LxV2huauxrVu77GviVM0RNuEW9ddALV0rA"
    "HRs6iR4Eeba+7kU3UCw5KdepY3ad6hjDsG/dgPKEOKwnRNh7nhUu8aja0CifqsY+VfZs5h"
    "KZfbwE+A1NbzLRHhj1gzpmdnrrblnDJbiuOuqtmEDptlrXbYFU5xWcntsVvzHxATO8OcQg"
    "9DlM0FRH+xsTcmVveKkxw14sufA2QdFVUAGRmPzt/H8TnXD7yWWUISSPsnJAVJreNjS95N"
    "sS5C+3wainKXs46kcyyhEmpcP8TBxXquosZKITFL3hovdSz+EFNfUdO6HacSRNawFrwisl"
    "Vghn+KkV/Oa6ScUSNMq2VG5bEli1YFXqucNockp1O/NVN3eBvbg8pzfQFpC+DTt8H/XXT6"
    "ylB0+XzKPpcZCYR3MDVWwezU+SdqvWKuffLjn/8iyMMOKSE600jVFM00cbU7UaCCUlEHIB"
    "+x72fIlmuLoy0pepiVsDuwUD9gCvMPUAZF0Y/Cco/Vlj8edo9iSaRLc0JvYcocqMrrgnq4"
    "efCFdu8v8ao0wPQh4mKL7U2BK7LtdtBv+zuk6NBRoNuBFeNNF+tj8z+Ou4ebxQhC+rEZ0j"
    "7eFi3EMhpxC3+gkd8pQ9BHwPuucAtmba5wyt0kR2WhNpzLHFZxLRTfpIZcbQktUloe3h+m"
    "rZ5rxBDRty8bkakyHrp8voD3j+Wn1OMJzo8aXGphZlTxMk/mmM2fAU/jSydFYpUHtaXKD2"
    "dFQ8VM3tMkV9qH2x0/ui4IH1RqZuCakyeFeI/BOw1XV1SlP1D+eWD58Arvrp6NJ0jSyQXY"
    "P5RTz5QhxrCzJZuv5N9H1tKHEejPpHt7QDVR22+8d2oOVvPuRpejXiXR7xpUMCG0+TaHUp"
    "sXLtTY19G669G5xBVm04QhFlN4aHv7Z3w9Noy8wRq/2y2/tlYLnRPfuJ1DJf5Clb4UI7FJ"
    "x5OqoibkGrEh1SPsYkgs13CqrjboE7pOsfy396Uqn+DG9WEp6Qr0ATI+fyKGzJfkYMuuCV"
    "Mkphj4mz+1lA/Sbs5fgGoQTyn2/e33589+HVeDjKpMdIGu4K0LboM+Dg1jIhSIn7N9P3Us"
    "sqAI6nILAkh3YZS5UjVTxV6zwV3yaaqR3SlIqb6jI3FeXWhLWE3XreIBLSA8Yu7muZHaDA"
    "XOAvpPvMoxKGaouwkqFVq6vLq+u4YiAPKrf0NwRSxcYN2oyNi7iJ2nUAcoQqbkvFbam4rU"
    "Nj2jxua5PiX74fHA7abi7/rcjmdsDaFRSytStk2VtDwl/+9JlYuMCRryhlYj9wT0dewATE"
    "nu9IM93WwOo+6ueGKzvCWdwTvPYZmJbHTRKcJgW3OEAtHlOdJNtvzeH5+xx7CCPD9h0vKG"
    "eBGCGmSIz5d998JEGVjKj3CVrN7SHi+i3C0NxeDXlhjdWcGvMgCecQPhA2HGTQ39d7NDZz"
    "7AW/dsgb9CdewGPGc266iKf35P95elD4Jj5PuKhKb3SFJxmi4ug7PgnguK3rppgh67Kfdj"
    "ccFUPA+EcdNow81g/kW2Hp3BxpL/Auk/Fv/vJQrsGORfwPd59+jZpn1drZ8g/8RXVTmqap"
    "egH83uPbiOPRGU8NQJrEuEmpewj8HuLcEtBR1/XrBVXLqXsI/KiSFn9UosUf5bX4cdKC+g"
    "ZMCakyYLZuwAz2En1KZlInim1V1BOEPVwS7e9FIWp45tXbhbJ0CuwKYMfBWfXxlpAqyCtA"
    "Thf4kTQLqJOQ9s9FaF+I12cos3QK6wq7N5c5mxiqU4QqJrjT7gh8CFwPL5YNxjlLqxxPuj"
    "zSdFlrw1z2c5s8r1K55by4cMt5rm6L7xJHh9OFFRR4leObpuqdk9xZJfH6rES8PsuL18fl"
    "OnXYSd5f3ymVrHnfTj+8AExdT6okjcIzjSevOAeMUU1E01TKkUpuPKuHaYpITdNS17Rw/u"
    "Xhre1BxT0p4Ot/3nR4nDN2qzNVesluz3wtNs32AP4t6u4oZ+9WdJNHzHZsg6XeArj99v9L"
    "7YgVXCtVsvZ9JWuv4mu5b6e4eBMp8IdLbjLlrnAigXLctNVU7X9NHk1cbh78TfmPdcl/DJ"
    "pTedbPwvCWJEmfSte2FuKiHJUO5Kjk2BbR4ceTWoks0lQK6ApAd738QBtgD8JaAhMUXmhs"
    "SUQWrgkKLzQWmMcmKPg/aDA47dc/7Yytr5vsXtf1qJUMQA5ZcBSbjHKGVI3zEYyzI9lrC/"
    "mxFI0KOM5yY0qjuweNrjCB1kM0QaLgVOrcF1bn+q6K5d6OamLN7hBrnAyyTOOtAmgPE0Cb"
    "2AKKtYWJTWK7vjCxRanijv1VDxbHlW4X+48huDRVBHdmO4sJyt7RmGEvFtTjMdEgxnseLz"
    "yYu6Ux7BDMl/aMOgtBDV1lb2lsaa9gS7VnII15tsPIeoJyt5qoFUZVXIhHxS7Eo5wLsUc9"
    "q5YCMybo8oA3VKmdVs0MW5YYNqe+hD2UgvTGZ5EBW20tJaaEtocen0qTCa8KlI81D46BRH"
    "lJsCXuhBdiZ1uK0hJiRwsu84VOoR1HwxLVUOPLRsrP1kuiuYa9JPoSQ/c1Vk+aqsNFcRuv"
    "m2oLp2zl5JaO7dBHyrDVLGhKTt3Do2IP0YERdPVjpySkCvIqkfi+4/CjtdFUlxIr2GvA3i"
    "DrRI5SAV4BcJN4mFq1KuAkSFSWg5RdqY0sB80Lu6pyrkdk54u57UYVzdO0yqLb6ZFWgW/f"
    "YeCbSho+aNOGn9TJ1lP85ylVKJE8Mrd2QvYcoTLrl5v1E3Mxj3Nt0/O7dG9HOXW3GqDzy3"
    "e7aX8zL1tAuecG/twaPkoz/7GgnwsopG1kFa8RTXg0QO3TIeKGW3HIPcNLd25LHSIyLYal"
    "DhHQ1NWJoNDdJMnWdOJ3jKCAkOfr5im9TbxGr64J/TuAhjhn/3qCqOeiue27xEWYmTy9N4"
    "KftoYLy+RJwjdZP99kTTL7eYM0zAv6HYjxXSzgOUzGneK8ruljIaMs5TUkPHK43e3mw7H/"
    "qKO3o9HZ2eXo5Gx8dXF+eXlxdRIzy/lHZVzz9e2vnHFOSTwRJ13s4BGOW14uLVD+Bc3LhN"
    "Hjs52VgMplSWVxfCmLY7Ap1RCiNwQqMFEiRoc7OZHsuIWQpmgUqjJUozOvrvycoVPic7n4"
    "vOEtciDXFuveJ/s6TnC3y3aZ+SWXnF8mgcE74lBjPpDw3uGTUp4bb9p0xvf4e+FXd9w2iz"
    "nRQpV5MVNVrDPvg7V/dFEl3yW0KnbqvchlvOSLqgbCYfMeorsXj154oydNJlrsTpEgObw7"
    "xcuwAK05TuSYhUMeZv/5f2k5K8E="
)
