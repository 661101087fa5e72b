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
        DROP TABLE IF EXISTS "identity_check";"""


MODELS_STATE = (
    "eJztXXtv47i1/yqEgYvN4KaDxIkdj/fiAkk2u5vuzGQxyXSLVoWGluiYjUx59XAmbfe7l6"
    "Qe1oOSJVlyaA3/SWSKh7J/fOi8z78HS9tElvv2znmEBLvQwzYZTMG/BwQuEb0Q3j8GA7ha"
    "be6yBg/OLE5gZ3vOXM+BhkfvzaHlItpkItdw8Cp8FvEtizXaBu2IyeOmySf4dx/pnv2IvA"
    "Vy6I2//4M2Y2Kir8iNPq6e9DlGlpn62thkz+btuvey4m2fP9/+8CPvyR430w3b8pdk03v1"
    "4i1sEnf3fWy+ZTTs3iMiyIEeMhM/g33L8FdHTcE3pg2e46P4q5qbBhPNoW8xMAb/N/eJwT"
    "AA/Ensz/n/h18t0U3XP9496Pc3D7o+qIGdYROGOyYeA+rffwTjbgDhrQP2gOufLz8dnY3f"
    "cAhs13t0+E0O1+APTgg9GJBy0Dco8/85nK8X0BHjHPXPIE2/aBOMo4YNyJsFFsEXAdQBpI"
    "Ml/KpbiDx6C/rx9OSkBOO/XH7iMNNeHGeb7ohgu3wMbw2DewzvDb4WWiNLDPAN8Zcc5Fv6"
    "pSAxUA7smFhmtAcG9l6mgP3ViIkZ5IY3BdGVxhBHiLYE/weNZqbSxJTMS3ZaTLSCjrdExG"
    "s6N+kRGk1QeKB0PT8rCxJCwZ6C6EojC9t3eVN4oREPfqXfCH7ViIMe2dzROY2u6Bz6zhrR"
    "luC/Rgy8xpYO53OIHZdNfuJjkxkeVpnhYfEMD3Mz7Br2CukrSIevcbylqbradrk3yd7OuP"
    "NKZ9x5yRl3nj/jDAcxOHQo2Ew/0DseXiIx3GnKDNxmSPo2upDnzKuOPv2B5h2xXsJZLwH/"
    "4fbDzf3D5Ydf2eOWrvu7xfG7fLhhd4a89SXTejTOzFM8CPjt9uFnwD6Cv919vMlyBnG/h7"
    "8N2HeCvmfrxH7WoZlYoFFrhFpq1unxRw8/vR6bliLagVvbz9G5B96Msb/zJyFrFmCVR/dH"
    "20H4kfyCXnJvqAyiBZz/QWK7ad18RQc+x4JDemlREOhPRx6H4RNd6p9urx8GHO0ZNJ6eoW"
    "PqBbAbC2yZdKg88Fch5Y+/fEJWjOa3hHnqAPBdFLzsm6P0mQ7RU3QMe7mkX9jDaEeMrsOB"
    "Xg7w9VcJKcaV7ojRD9ilZyu0fqVD9RUm10OrHWG6XK0cew2tezpUT7cdhYJJODsCdW/B34"
    "KBegQTe/nZQzvx0ku9DvO3lsNltgUS+Mh/Ens2e1LyIBcoHaMDvljZyN4iOjQM2w94HaVs"
    "7K+y0bGtAmXjdn1LRCu1Ksx+pl9jCvg/jVCZzHmaAv5PIxuFke6gNUbPrKegUSP0kF4hx3"
    "vRg+1Gu2Vb2GhrZLFGSrdi4yQ+MnUNvVxj13aYyia61gg0l5hMAf/XSE1zXkVNc16spjnP"
    "KeLom9uCL3pdPXSWTuZlIZM+mh23dbFO0rSi6Nx+2u0N5HGVFT0uXtHj3IpeQdd9tukLdQ"
    "HdWrrHHKHESuWGaA8rLelhyZIe5pf0MzIW0NPp6UdEr/FiwHOEanFvW9whZC5yXfrN9Cf0"
    "oiNi5EF/QF+9UtAFI/RhuZfpd2/++pBS7UY4H324/OublHr3/d3Hn6LuiXm5fn93lZkPB0"
    "GLvwPrTkOOUKFfH31s6pRvnVGuqyb6OUKF/i7o133T5ik7wr9PR/+KAlT7mEkRqUVef5EH"
    "ANZmJVNUanFvXdxziC1k6pb9iEW66FtSsL5zdBmscaDU6kIOPekK6kf2Df40PD2/OJ+cjc"
    "8nx8wRiTbFLRcl6N9+fMh6QNnGE4XIJx4WOEKV+wdkaVvwEDig80Qih4AIk1KPAOzq0PDw"
    "WqBcuLJtC0FS8DpO0mWmeEYJu9pB0QG232m9urt7n5rRq9vse+Dzh6ubT0enfCppJxyYsf"
    "NbSzneFJ9i/XW8Sbpn13S/EZAqJ5xSJ5ysL7xyxangiiNYZjs45DAX1V2dKH5mY9wxs8wB"
    "nmWVDN9wtbKwwWHY3UsgGqk/SzSF1f+2BtDNGlXi8A8RJRMZ2G1lOfXd6cRfWTY0KTs1p9"
    "LgjnB9oNA4GFo/YusQ+a4aeEU2gF19CPlg98FYfUUMm/Scwd6L3tKmvA3Hu14g46mnuzLG"
    "zGA/cs+AHcwq69Ir7NI3sRe8IgW+YYm7x2UeYpD101Hc8VUcxFz0u2AB4cdCzWBI0I4+8H"
    "VtyoFC8N1weHZ2MTw5G09G5xcXo8lJrBnM3ypTEV7d/sRUGcdJ8TnSbRT7jtXXcfRWt3Eg"
    "uoxKOkO6kW1HqMUotm4kafpgU0obN87GFYwbZ9k52xg32K0/BBgXO1+WobyT26XUOLfvyw"
    "gNsZaoFGMx19EH/8X2rXT27J/I8AKQaqCcIevfUj6vFtRbEtNbgHS9czlF1D+U21/PeFUH"
    "3qB3/3A9H1VZvaPi1TvK4uog+jPduss3TdU/nNtfvybyILYEkvWf7+8+Fvjtb0iynDk2PP"
    "AfYGG3M5eJRAzNzMeWh4n7lj32NcJoGEQpJj3nLZR1DMpw32yAnLeQg9b1nYWSRIoPqbDu"
    "6yKswN0Cbs4AW2wX7Fxf9TOCadVP7ubxdm3VIuonTTRjoaJK+Lo7YD3Vjo5rxRqo11UBvv"
    "au36MSUB20fT9of7OdJxO+3K2R42ATiY7bbJfSQ/c56Kzbyd7bjt7BHUGAqYHB88J26V86"
    "CJ2PP9GBgOtBz3cBJEGsLMuCBj3bAS7ywOwFLCAx3w4ys7jreBrRyA3xkINMMHfsJaDHPr"
    "j32IDXNuVbsQV+4ivYAnfzOTbQdy54QdCxXgCxPfoZHGn+aDw36d8hPNX8d+PxkF2/Q/Tv"
    "6digf88mI3Z9cab552hC2yfDCetzcn6h+eMRYndnk3f0+uwdbb8YT87pOCenkF5foNEbjc"
    "zpt2ZPdfnX+2IsMEEuMiBdqCZ0voAVXSB00oFpI5d9L/BE7GdK4R0DSunZwLAdB1FWHwIG"
    "DPboj3fBs2OTR4rAJXBo72fKmAM2l/wZ4YjfU7DoA2eQ/GtBN8VblmDFJm/DqXe/8PlQKQ"
    "D2IbvskAKA7Q+xIadAXgz7l5lxDo5TKYGWGWWyWiJXDxe5gP3Y4ledINyjY/XrQNeiY7XK"
    "ituhbll5rRdD3y+vdUm4zSsfW2YAe47NjO+V8pezZK9WRfq/x4ni+CEdhKUO/qGYFpmYln"
    "BW6rwQYooevhLaT9Yc74Ga8SxZujaXtryMTvNoltRZs2MoSx/zUh5nAlmy6ysVxXJ9eX99"
    "+cPNnoNYeoR2p76nm+UpeOun1m7xaz+1XeRR5asXvKqCclgpuqiYQCdDcPyVuMZtSHqI8l"
    "kllM9KUD7Lo6xKXuyt5AUXCHWmB69haU0T9cks2F6yEEhMnUDPdxonis0MIfPhMXh0IKFf"
    "YgrCC41Ay7INyNviS43QX2chniJjCjbXWQNUld1wOqywGU6HxSlFh0qd962q89Kuf1HC4X"
    "ocapZOpZ/IOF7LktxDtr3UDrzZRNp1yxeJydUiljiHiqQLucUkKsJzuR0N3wqSKvo9OVfx"
    "VoizL6MK+GZPAAVzhcpc4lNzh5RAkT1uR4Vq0vjXk1Mku1jpt1/uiNKvwSh9AqmW4jldqa"
    "oYyzuCHmz6p/VyVQey7f+or6Hn555YPx8diaXa+biT0s0r3bzSzTfSzT/Rn9ZU1xbRyoz1"
    "hstLlEmqUmSpiXqtA9cIB7GAIsM2a+2CDFn/ollPJ1UUmZNiReakZjxEXsYSbJuuCntKNh"
    "WVuM/oxa9A2qPbQ4q1FHBWWdazmL0yw556xPVuD6hhQSUnJ5o/Mk7mLNjkDEYt49GMBZVM"
    "zidTsLCfWSAMYjExLIYlklLAM7YsMEPAta01Mo9ZYMzzwl7Szia9QCQfcbOPByoGUXIG0f"
    "WXS+gIXNqKy5IkSGRmXdoAtpOqJP7KbGjzS1Mqm58sNr8Io4TRL/dCpyOt6I/FFPiadpM8"
    "pbJMHYALtKxBcs1NUYmFqCxRVfX3+d27g+p+yVJkezbZOU92NE6PgBdIBpV89yPN8z4892"
    "U4E7rw299J6go88wXiVuyyXyxnLeIuLQeWJYPWGBjsv2PbSxVdJpf8Es1NVdVe1L8Xkku2"
    "5HkVpV5ZwfNcKkC24GuAG/VX4FYAlz6On1g6pEKPQBJEBl6yShZivjVDm5UFA+K34SAHiH"
    "5Zloeb69sPl++P3h0PM7kIkhH1abCXCLq+w0Tn+mDnaHcGW05da1tYR6/OmrJYhkzJuOXC"
    "WJJB2VES66EnT5anzSyu5qGoNiuDpuqpSVpP7WDA6tKKlVheRUJVvPi2SFa6HXfcar/6bW"
    "ED2t0FR7YDZrb/uPDeAAj4ON8zExIfi+Uhc4FNrJfgjstzFiMTUMkL5W1UbQ0qlPFi4TH4"
    "lUqyk0qyc6mYgfQVcoywdlHFQMEc3f5iBU9PDqWueLC76y3kJI3izrKhR+wIqRtzlKBRgJ"
    "azu/FZvSOv27c0IFlGN7lJxVxubtW2gOpnt1e8bBbU5EatKzp0yeltzDgCRi9l46ngqbRM"
    "9Vc+4b1lrDzs1StmFhP0UK/biVe4Sdd/7Vy9CZq28/XKccwK9Yv5jL0mPYIa+EYlyFpwjD"
    "ocDa3kflC8KR1XZ7tYHMxcKNIlSfYnzR2KLMdcjOuG4m9IlOBRLniIwxZrc8g1oxYlhXZ7"
    "tPJmYcnEKEdRuAI2ORGgWyGXob5KdN+qEr3k9RsIsGlPdtTyCg7I8fA8VGkDVhAi9q5nJS"
    "gKXfIn47PAJf9NXkva4XMUNy/B8VTGzfc+ApEdKYSb7ggLWmYnyhQIGjXCk5cxedZnXZKf"
    "NMJs9/TTfI4cRKGYgkyDRjb5LJbYdenYiYjHqEmLnsbSisTd8m0asdlumQL+L7tfK8klrR"
    "dYTsKaWy/F0R4Zsv0tlcEr7MNO4j2C8kVN9+iGeo/Q0zVPasLPaeiCp381ujPZi5KdYu4U"
    "JD5ohP7l8WJTEF012R0qEZ8KymkjEV+0BhtMe4ZU6Rxk1jnIGB8k7/SqEgkSh1rsr55vwv"
    "NKIDdnHLNKavpmOirLUm9l0dcv9fO6NZQ7luB6L+rPseN6uoMegxKvtJUOnGvTWOwDcang"
    "nukqbOYi+wwTJnJEV01EjrMqIsdZschxlhM5ZJcL80eU6cC5V1cu5ERTwP9pxPVnS+zxFO"
    "3xJcsnheikrTF6ZpmkomvWm7480BIRtgJ+97ET0OUaNQINA62CzO/hFdPorKDjhR2DwXNN"
    "TCLli+Ul7pNpiHogJ5Bao2u6sGIVK9Kx6/p8ieXa2Pew8Dogjy/ZqJ7vkGDM4Eojz9hbUK"
    "Ce6WKOL1nPfyLDC3oGV3JolFTJjL2VzIgDvlYONkR+BZWixWLibzCC6fS8RgjTwl4iCqBf"
    "y/E4TbRHr+OulnXLdmq6yizI4uiwqQd8n46IUU8XXTRCH1L07VsvzS0gyHFsyjAxVqnmqS"
    "Ii/wbPlYsaxwqHjD6C8rTLRkpH4QBK9Si16lEZFr5Bw0Is2zSY9yyt2t8y7+9I3GxymqdJ"
    "1TzLPM/MP7uBV7KvnJIPYXbnmGB30WgXZ0jVPMs8z2vkuPV8zxMUyvU8K9KHtj3i1bSrZ+"
    "lUDTgVnq2iieXzTyiMJhbXd4u3dQvQVgwplnP7bwU2ewDukBMWrRF7eA7xhll2btboIItp"
    "V8pLtKS/x8HQag+uD+GIfUXM9dBqd7Qcew2tezpUX2Firx/dWCDjadd6gXSgazbOA3Sf+o"
    "oWBYPsXoDy3oK/BQP1Fac5S8mwG0jR+fQjtvrEqGSFOhMbu74Df3XQJ+7w8ZdguL6i5a8s"
    "G5o7gvWZD3KP3Eg27geb1mlevhyTVe5VGzNilVxrdRR33xqWSkd2XgJvOR5Wz0s2MVstm8"
    "xjgAmwHZNFr3kLFCTY+84FTHdlYYIAdgGz24C5Yy8LsvZ18YCWnX+v8GOhykcoQwu0PeGi"
    "ltcfNdD2vBsOz84uhidn48no/OJiNDmJ1T75W2X6n6vbn5gK6DipvIt0QsVOwQ3sIsrgKZ"
    "VmtYrBExriwNJiP8ANhcw+yY2dACv5AJa4AGZ9R9hpqJe5DBdYJ9JkffCT6tqtla7y+jin"
    "iBTK21Gm2595jtn1UpGlqRTO23EmtigPWbGPZdRfBfrXdqg0kQexSLf45/u7j0UerTFJlt"
    "+hIij4D09k3Rnwm5Azlh/fw8R9yx77GlFnDKLyCclin+Fh2AA5D1d+WtQ0TSZolFlSaO7l"
    "8mYjg2+CUpkoy02UmbDZHa1p/SyjcCy2qiVW2fYUyHy/K3vlNmQTp2IKU/oFwMfP799Xs1"
    "ViDy131frH0X+3XpCHrSeLeV+6x9hiWa5+TBo2q2kgl0mKrUrIO4IAN5gxDgewhQHsObBp"
    "a2JMFg1qr7HJ6suHqbWOAZ0R5DjIBLYDHLSyoIHMvA6yg/GFRUQy53QYkcojTA2Kl6oqIl"
    "eKgtz85DAvKW8ooFW6qwq6K551Uox0tUD3fUuk4VlQc2kP4oyAcRrA6HjZHDQsHDw4X6bx"
    "ScNzFCwxj0vnWQrC6+yhVmX22k+NFn1L3ScetsTK/CLpNku5Y2ZzObknYXhgPrG5PWPB+0"
    "LBqfjMSRH1T981rqLvGhfru8Y5fVe0zxp48mdIlSe/zJ78ShehdBEyiW/HDXURr57c7SGY"
    "nTJZkHc5rioHelHvKvnR6SwyuSxBz51FsOcC7nr6Pb9MCHIu+BKJpp82/PgX4NjPrjAzev"
    "tP2MEVpVjk2M4ItytydOGZ8k0k8CpJfweXteTJqH8PZchxFRlyXCxDjvM1lQ4sffkrsXHd"
    "JDAXxgAUWzVjgv3bNF8H9taslzkmrIpWPaGXaslbPPHeO9yJ2ruGfRPlImanUlEwpbwU76"
    "m7UddWU+bmVNY8NahSU0ulpu59qte4gAtnvBMFXfhnlvnTWaOX6G7yE+UeKacR3ogvNUIn"
    "3YyaN9fb83s24SWH1YpGltSMzLM3UWLSptOeHuEgJn8z7Rphoca8Kbzg08wneDOFm7mLFk"
    "i0NKiQgNfY0uF8Dqm8QSWF5Ec5plj2fL8CO8gzxF4DO0hINgXhBUvP6+E1q7rE/9PP/B3H"
    "0/WGV22luT2tMm+nxfN2Kpo3p2EmrxSl0ifLrE9W+Z36PLsqv9O3Mc/2is5WPQ1RgkT5vN"
    "dPIqzMcN35W7OQWWaPntWtW5UjVJ7sGV8M5xHSY73JuhWQKnSV+VgCV/bkymwB6LvMcAe5"
    "krcCLdjOFTKdbQ7YFoDud+hA7l20Q64zlTjodYwbIruQwMZRYD4qNnVEIQO6k6HozuIRu6"
    "co73z5zB51PfKVF34NL3zlnvJa7inFGL+ae0pnCoiM01WlYmhnJcXQzkTF0BzBQr6ybQtB"
    "UnRQOKK1PKM0XSEcHdD7PXyv7u7ep5Q8V7dZLc7nD1c3n45OM1WL8sm9N3EoOrQs+xmJ0m"
    "iVgy4aYI9TELcc7BzMbYfySLWcrxIkyv1qh+QR9D4WH+eFieOSJKpYQEGxgJgJL4yE2m4M"
    "Lxiqh5xKO17L1ZRzsWjUnoYuihw4sDlooqVLrEOZIj3SCaUFQnsu43SxuL7Jcq17UeetQR"
    "6aPzo/h5p/cYFGmj8eXsw1fzKb05bR8Gw8BTAR8BrH29PWSDfwPb0OPLWQE4RpuAB7AM7p"
    "bQaPIOpjP49sOSOp0iaoWP8eaBlUvcti6Pub/tW0SSP3qQ2Z8quR2q/G9+grs9YJmiDpnV"
    "prWEmtNSxRaw3zai3lSqNcEg5F2JFPzkkYdQVCTtrkWyzhuBbUnxMdt4ewE2Cz+iM+AiEd"
    "ONL8d5PJORM5xuM3YG47PO0Yi+b6nlc8WNj2E28mtofnIaQusJj0IQhh7+IJQitpFG9moT"
    "WylGlULmEmmBTh+3e7viwmllmEibw7ptE610i48KfRDshujtcJCKFPchtJOClCJeDIwgFX"
    "qm+hmDPljXuY6LLXek1UEyRqsZZLEhHTtLsI0ccimVkZIrGwKqTmVkKa8huXFejqfuOvJA"
    "+n86SLZOJcJvUSuTjuq+Ooc6UU3/RUo0Pw3NsQbEYBzL6CXI+JspPJmFnpZuOzNyzlNjO9"
    "eb5DuJR7cnKi+edoPn4zBdCyuO8KM9V5VOA1BJUH9/NIZfmT4J18LLvlT7KDrWvDX7jt6k"
    "CdIJFZMdEQ4lElI8GoxEgwyhsJeJlXITdfVtE0SbU/x7Qukd5badMS1j8uudseZxoX/T2w"
    "+ajKNSUXokzWg1SZ9JLIpqiMeoWQpnnUtRKfFFTlpnwGIzsGiBjOy4rxHZgEVZJ5Hnjgen"
    "RxAZ9OsgO+xLnhv4AjQpFljAwjZ9/9jZg36uYxO/BDr5QUvwFftL/glJZy4kvOHsl2hHXN"
    "HxWn9BMDfQhp/BqCO6mA7aQQ2kkuQRf+lygeqIQfiigUL1SLF0qBvoDD0bjOgt5Q9HBJt1"
    "/IxMTuyoIvet2wzSxdD8EejkZV3K9Go2L3K3YvU/Z74S9nBGKrJjOSpeufrqD9ta2chIuh"
    "768N3fAdRygxl0eRbqhU9G71yFHlsNChST0So+tnZstTKnCVq64MVuDEymwB54o5rQ4V4P"
    "w2lsr4+6uDPvH4xb8gh0X9D0Rxn9k+x6Whnw4KIiL1daL7VtXmwwIBxhMs6Vo0AB3kT8Eo"
    "37kgHAfYhDsvR3rTqEqz6894FVWbHIMntPKAa7NCXTmtZutPYMnKKc8BjRdgQAJmlBBB12"
    "cFoeEjXRKuxzWl9H3sPNGHsPRmbAxw5EHnEXlA84fD8Qi8m4D/OQYJbRk431lZqozH34zx"
    "WLaDsWvtqCqOm0e5fbk7cXY3CSNIkMu8qAf20xTYTxphcQRBNEFUXSKqLZF9jbyC1npOf7"
    "Q4l2VJbp8Ezf6T+yQO95mPLY++C9+y573G+d5Jyh+llireCj1WSzFOTod0RCRKLFuqm8qQ"
    "NlNQSfYSUvopOcFXKhQZVSivI+B/5vqHe8TF14FAuk93OC4T7QNdhu4m+lao3E0Xn79kQ4"
    "Q+RVT+9V1w+vYEsFybb6ZcSJ69eMhlcvUcOgA6KHAsooK0m3A9YmXrhKW7236ERtnAW49K"
    "9JZNeSjg2QB9pb/SeuHqgEB8nwIq8yfm/rtUaXAPLcHRl8TtL6yWuEa+ZOW+L4FfOQHYpE"
    "3YewlGYUoJ2mLTQaIbQT6tL53oBoolJ+U6dciuU5IxDF3rBpQnxH49IcLR86xwiUfVhkb5"
    "VDX2qbLncxeJ7OMlwG9oepNxds+o79UxU+qju2UNF+e66qi3YgKl22pdt8XqBxe8PasVH9"
    "53JjcHGQivG1QfjgmZsje81IhhL1dMeJuC6Eojc4gtVm84+N9EJ9x+chllCMmjrBwQlaa3"
    "DU0v+rqi8pfbYNbTlD2c9QOZ5QiT0mleI8cVqjoLmegERW+46E7qNryipl6yN1Q7jqRpLW"
    "BNeIXECuEMP/VMf3PdpGIJGmVbKrctcaxasCr13GE0uaTkznwl5ynQictz+gBtAenbcMDr"
    "aLx+Yi188chkHk3Pg8A8mpuoYvNofpG0W51WOf/K5PzLsjDSGRe80UrTGMU0fbQxVat1UF"
    "LqIBew70HPF2iGqysjfZGauDWwWzBgD+AzxB4FWecG/ylIf9ZI/DlaPYkuUZNG+JnDVZnR"
    "FfNk9eATYspN9l8jmOhByMMUxJcaWUHXZbrN4H9W16mRQKNBG8KLJtrP9lcGexwzjxeK8G"
    "W1oHOkPdyMHRRsCnGrn9AhT9lDwDvQPQewNdM+Z2iVJlJqTaSxgBZbSUg38SMWGUNLdpeA"
    "tof7q2Wb8wY1aIjF52pMhmgcmdEfsPy1+gJB+kaPLzUyszB5mgL+TyPEpnfpn0aWziqFaE"
    "+LC9GeDounqrldpmgMdS5KfS5yHlhvZOoWkCqDd4XIPw5bXVenNFX/cG755RPAVT8dXZqu"
    "kQVSNphfxZMvxLG2IJOl699C7+pAifNg1H91CwdQVWDlf20HWv7mU56mVzMu84yvHBTYeJ"
    "pEqwuJlWtvau7bcO3d4Exl1YYzFFHKMT3ssb2bnkZHZo5YnZdyn5eB5Ub37CdUy3yRp2yF"
    "C5UoOPN0WEXcor1KdEj5GJMINt8pqI67Be6Qrn8s/+lJpfozrFtJeEK+Ak2MnMuisAXnGT"
    "LwklXKKIU9Js6eZwH123CUw5uEEsh/uLm+/XD5/mh8PMykx0ga7grQtvCa4uDWMiEIifu3"
    "0jupZRUAx1IQWIKXdhlLlSNVPFXrPBU7JpqpHdKUipuSmZuKcmvSvQTdet4gAtI9xi52tc"
    "32UGAu8BfSfeJhAUO1RVjJ0KrdJfPuOqwYyL3KLf0NgVSxcYM2Y+MibqJ2HYAcoYrbUnFb"
    "Km5r35g2j9vapPgXnwf7g1bO7b8V2dwJWLuCQrZ2hSh7a0j44y+fkAULHPmKUib2A/c/ug"
    "y0ukQONhYDQYRVeOe4LLQKbvpIE1JVyAdVrZ4dLovdQqm6d83ZkQUqjqBqELrR75CNTnL0"
    "sU1VA+Gwew/RPa1q5SgzcghCNDxhpbpivW+CZP/63tdhPlvT7ObY1H1GDf/xX0F5XLE="
)
