from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "workday_override" (
    "id" UUID NOT NULL PRIMARY KEY,
    "date" DATE NOT NULL UNIQUE,
    "is_workday" BOOL NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "workday_override" IS 'One date whose working-day status an administrator set by hand.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "workday_override";"""


MODELS_STATE = (
    "eJztXW1z2zYS/iscfTlnxvXYkizL7s3N2I6T+JpYHce5dFp1GIiEJJwpQAFBKbo0//0WpE"
    "iR4ItJvZlm+UWiACxIPrtYLHYX0PfGhJnYso96fIQosZEgjDYutO8NiiYYLhLrD7UGmk5X"
    "tbJAoIHlEjC15cAWHBkC6obIsjEUmdg2OJku70Udy5KFzICGhI5WRQ4lXx2sCzbCYow5VP"
    "zxJxQTauJv2PZ/Th/1IcGWGXlsYsp7u+W6WEzdsk+fbl+/cVvK2w10g1nOhK5aTxdizGjQ"
    "3HGIeSRpZN0IU8yRwGboNeRTLt/aL/KeGAoEd3DwqOaqwMRD5FgSjMY/hw41JAaaeyf50f"
    "7X8tFCzXT9rvegf7x50PVGAewMRiXuhAoJ1PcfXr8rQNzShrzB9bvL+4NW55ULAbPFiLuV"
    "LlyNHy4hEsgjdUFfoex+x3C+HiOejLPfXkEaHnQdjP2CFcgrAfPh8wHaAaSNCfqmW5iOxB"
    "h+nhwfZ2D8n8t7F2Zo5eLMYER4w+VuWdX06iTeK3wtPMNWMsA31Jm4IN/CQyFq4BjYAXGZ"
    "0W4YRCwuNPnZpyaRkBviQvOv+hJxjKHE+26sxZlcjMngi8oWE08RFxNMxbq8ifawFoOWCm"
    "XX/JlaiFIA+0Lzr/p0zBzbLVpe9KlA3+CJ0Lc+5XgkeQc89a+Ahw6fYSjxvvvUIDNi6Wg4"
    "RITbkvmhn+twuJmHw810DjdjHLYNNsX6FEH3BdRblGpXwy42k+xNx7Vz6bh2ho5rx3Wcwb"
    "GEQ0cJg+k11AgywclwRykVuM0l6ZF/UR6dlx99eEGzR63FkusZ4D/cfrj5+HD54Vd5u4lt"
    "f7Vc/C4fbmRN0y1dKKUHHYVPQSfa59uHd5r8qf3eu7tRLYOg3cPvDflMyBFMp2yuIzMkoH"
    "6pj1qE66D+QPnpxcy0CNEG1tp+VOcebDNp/g4fE00zD6s4um8Yx2REf8GL2AylIJpi+b9I"
    "bFelq0fkaB4sHKKiBSDAq2PhwnAPon5/e/3QcNEeIONxjripp8BujIllQldx4K+WlG9+uc"
    "dWgObfCfOIAnBs7E3266P0CbqoKDoGm0zggQXBG2J0vexo8QKnv1Sk5EBkTRYagJGhGa+a"
    "NCdqCaJo5L6SvLe8U1ioEhwgvrClOz6kROvIMJjj6d3a8VFdxwdnVorj4+m1n09b6mU5m8"
    "NjXGjuFyzYLMwfYaEmv2CZHixedY5nBM9ly4TCPp1yWBBxsdC94QbN1BLZ2wxbshDoprKf"
    "0E+5dITLGbEZl8tH/7pPkTkh9EJzv9ZaMrbzLBnb6UvGdswpQGxYIS/0oj4xla7MYlEm35"
    "hUt0WxDtNsxenytLbbG8idPBLdSZfoTkyip8i25wwm1DGyC/lBYoQldnCtiXYzl0g3M0S6"
    "GRfpOTbGSOig/WjSNJ4OeIywFu6nhHsJmY1tG55Mf8QLHVMjDvoD/iYyQU/ooQrinuVruv"
    "ntIeJm8nE++HD526uIq+l97+6t3zzEl+v3vSuFHxwjy50Di7IhRlijXxx9Yupgtw7A6iqI"
    "foywRn8T9IvOtHHKHeFfJdU/BYAKq5kIUS3kxYXcA7CwKRmhqoX7SeEeImJhU7fYiNAE3+"
    "EtTZHvGJ2CNfGcWrtYhx7vCuqRfIKfmifts3a31Wl3D2VSBBQFJWcZ6N/ePajZGMx4BIgc"
    "KkhCUkZ2rFKl3UK08gXpkxIFJ31MMqOTxNaRIcgswblwxZiFEU2ZjsN0CosHQLirEeQrsP"
    "2y9arXex/h6NWtOg98+nB1c39w4rISGhEvpBYfWnUSQLoWq24SQDhVtGAqQAJpnRCQmRCg"
    "5uXWaQE50gISxGyD5ACZLrdpQPed7KMnwzIvUJc9S0T30jGJuJlh926xuG6o9jAruotkOx"
    "0HDZ8luGvjrwnSQ0apVv2SYDu2/PP6gz1j/rzZbLXOmsetTve0fXZ22j0OrPp4VZZ5f3X7"
    "VpohkanPt0vS477F7ZPK2iUvxA7JZe/DQGY80QJJ90yEaargD4o6JlqdHI6JlsqzlWNCVv"
    "1IwDg9cSIL5Y1SJkqN8/bzEJCRbOFlYpxsclQh92D7HjY2+C82hAdSAZQVsuqJcjvf5oCM"
    "vQEpSBfTyxGi6qG8fXkm00IRp2k1cW2f5pHe03TpPVVx5Rhe0y4qvlGq6uG8ffk1sUDESl"
    "hW//tj7y4l525FolrmxBDaX5pF7J2FO0L5rwOHWIJQ+0je9jlSYCVE2ZE+NainWN+yg1ik"
    "j+NZ8UBfmKi2Q3LIfVGEa3CfADfmPE336e3cX/UOo6jrJ1Z5+LS3auy3K81OhFRHVeJ094"
    "L9VBsGndM9UM/rAnzuUb9HJ2CtaKuuaD8z/miiRW+GOScmTlK3apNMpTv3Guss3Pop1dvo"
    "UaxJN7A2HzMbPqET4MdP0JFmCyQcW0PU2+ciT1NAgnHNxkIbLLQxouZRQ+Hipv31aZ/eUI"
    "E5NrUhZxMN1L72UcgOrxnYrcTS3roSbGm94ZAY+B+2tsCIWwuNMgG/tYO+c9oZmvDZRCd9"
    "57zTacrrcwyfJx0DPlvdU3l91uo7bdyF8m6zK9sct8/6TucUy9pB9xyuW+dQftbptqGf4x"
    "ME12f49FWfDuGp5V1t9/G+GGNCsY0NBIJqIv5Fm4KAANM1k2FbPpf2SNkcKMShBpSCaQbj"
    "HIOpjzQJDBHw8rY254yOAIFLjUPrORjmmuSle49ljz8DWHDDAaL/G8OgOJIbNRk9WrLe/u"
    "Lyo96+t4+1ywbb9+T4SA7kpKwXl+2zwjgvzlLJgFYGZVQvka0vhTzB/HgiJypEuMekqOeB"
    "botJUfXpWjv0LdcZZ+nQVyvjrCTW5pVDLNODPWZmBnWZ9uUg3GqrS/o/ggMnXCXtbSlp/F"
    "kbLWUyWpZcKTIhBBQVnBK2f+hbMAYK5qKqdNsU7fIaOutnokZ0zYZpqFU83+ZQSUJV5SuS"
    "gXp9+fH68vXNnhNQK4T2TnNPV+KZMOtHZDd92o8Ml/K48usJvj5N+WUdrwHLBGBGgvrLSI"
    "1bkVQQ5VYulFsZKLfiKNdH5+7t6Fx3QahLP3iBSGuUqEphwe1t9EXU1CkSDl/7kDelizIr"
    "j8aIIwoPcaEtL/oUWRYzkFsWXPYpvJ2F3e2tF9rqWg1A5RkNJ80cg+GkmX4cWLN25/1d3X"
    "nR1D//sMBiFqpKV28dVRKvy7Ixt2xjaTvwqodgFj0GPZm8FuIS738uqSBvcQN0ol7ejodv"
    "imge/145pfhJiNXJKAe+qgaoYc5xwn+y1txgO78fj9vQoRoO/lVEi+zap+pKarJH1RfiTH"
    "9q0Kj2ptbe1NqbupY39RFebV3viE9bZqxX83LoUPo8R9qv4xDZQTCbY7kFxGBmoVGgkFVv"
    "/+FJN4/rqZvueuoWzGCPW8UJw2ZXf+lSMlak2gthyfUn/hqkPRpVXlQ/waQKwv3pBtU4aL"
    "LlpLRwwptkpvzmjE3qzLRymVo+b/JOMn77Mk//604vW/+zWVfgC4Drt6/BzQEu3M7VWDri"
    "GCVEjrBBJshKS/tTaNXYkUd8tOzkBaKftUPk5vr2w+X7g/PDprKPIZyNHwV7gpHtcBlqKw"
    "52jHZjsMs5628La3/qLBhaUMjqyE12TCFsoGzof62gF/BQ8cAqwrV+Gqv7r3T1OarPsUTw"
    "EEtbJwR4PrFY0FnQ8Mn90Z/HTP4Noa0dMK4NmDMai1cacv96Hv8s9zK7fcltubbGqLXwam"
    "z3CB9sarCYwPFN0tvqNHHZEqyHvLesFyulWqzYYDljfYq5kfj/2OnnaKh0+0udOzl+KX+R"
    "4Y3uYoIcpqkNDjUTR6qQoik4IZoa0GwLLtDVG5pvVdsVo9pu4UGabLjFpHYLqOb8h/eXCm"
    "p4oBa1hndp6V1iToxxkpW3rMm08NCqTWnC6xufO7Zk32bmU+lT4NOtphksuAoeKx0iqaAv"
    "snma58BYaJUesz2NHRkrB1UBhJfNK4juTv4xXDpsE23+9INiQyT7Pyj2eWyprR0J+6znbv"
    "z4Pw//HrM="
)
