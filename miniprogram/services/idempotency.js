/*
 * Idempotency keys for writes a phone may retry (weak networks, double taps). One key per logical
 * action: request() reuses it on its own retries, and a page that lets the user "try again"
 * creates the key once (newIdempotencyKey) and passes it to every attempt until one succeeds.
 */
function randomHex(bytes) {
  let out = '';
  for (let i = 0; i < bytes; i += 1) {
    out += Math.floor(Math.random() * 256).toString(16).padStart(2, '0');
  }
  return out;
}

/** A UUID v4-shaped random key (wx has no crypto.randomUUID on every base library). */
function newIdempotencyKey() {
  const hex = randomHex(16);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

module.exports = { newIdempotencyKey };
