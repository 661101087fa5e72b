"""Response and query models of the public transparency routes (hashes are lowercase hex)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from banzheng.common.schemas import CheckedText

HEX_HASH = r"^[0-9a-fA-F]{64}$"


class TreeHeadPublic(BaseModel):
    origin: str = Field(description="日志标识（检查点首行）")
    tree_size: int
    root_hash: str = Field(description="树根哈希，十六进制")
    timestamp: str = Field(description="签名时间，ISO 8601（+08:00）")
    key_name: str
    signature: str = Field(description="Ed25519 签名（base64），签名对象为检查点正文")
    checkpoint: str = Field(description="C2SP 签名检查点（signed note）全文")


class InclusionQuery(CheckedText):
    model_config = ConfigDict(extra="forbid")

    leaf_hash: str = Field(pattern=HEX_HASH, description="叶子哈希 SHA-256(0x00‖数据)，十六进制")
    tree_size: int | None = Field(None, ge=1, description="树大小；缺省为最新签名树头")


class InclusionProofPublic(BaseModel):
    leaf_hash: str
    leaf_index: int
    tree_size: int
    proof: list[str] = Field(description="审计路径（RFC 9162 §2.1.3），自叶向根，十六进制")


class ConsistencyQuery(CheckedText):
    model_config = ConfigDict(extra="forbid")

    first: int = Field(ge=1, description="较早的树大小")
    second: int = Field(ge=1, description="较新的树大小")


class ConsistencyProofPublic(BaseModel):
    first: int
    second: int
    proof: list[str] = Field(description="一致性证明（RFC 9162 §2.1.4），十六进制")


class LogKeyPublic(BaseModel):
    algorithm: str = "Ed25519"
    key_name: str
    key_id: str = Field(description="签名行中的 4 字节密钥标识，十六进制")
    public_key: str = Field(description="32 字节公钥，base64")
    verifier_key: str = Field(description="signed-note 验证密钥 name+id+base64")
    public_key_pem: str
