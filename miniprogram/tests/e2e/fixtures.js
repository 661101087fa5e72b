/*
 * Real material files for the end-to-end journey, made in node so nothing binary is committed:
 * PNGs (zlib + CRC by hand, RGB 8-bit) with varied pixels, and minimal PDFs with a correct xref.
 * Every call gives different bytes (the pre-review refuses the same file for two items).
 */
const zlib = require('zlib');

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i += 1) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A deterministic pseudo-random generator, so a failing run can be replayed. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s & 0xff;
  };
}

/**
 * An RGB PNG. style 'noise': every pixel random (≈ width×height×3 bytes, does not compress: the
 * big file that goes through the resumable path). style 'document': dark text-like strokes on a
 * light page with a little grain, sharp edges (passes the blur check), compresses well.
 */
function png({ width = 800, height = 600, seed = 1, style = 'document' } = {}) {
  const next = rng(seed);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const i = row + 1 + x * 3;
      if (style === 'noise') {
        raw[i] = next(); raw[i + 1] = next(); raw[i + 2] = next();
      } else {
        const line = Math.floor(y / 24);
        const inText = y % 24 < 12 && ((x * 7 + line * 13 + seed * 31) % 53) < 30 && x > 40 && x < width - 40;
        const grain = next() & 0x0f;
        const v = inText ? 20 + grain : 235 + (grain >> 1);
        raw[i] = v; raw[i + 1] = v; raw[i + 2] = inText ? v : v - ((seed * 17) % 40);
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: style === 'noise' ? 0 : 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page PDF 1.4 with a text line; offsets in the xref table are computed, not guessed. */
function pdf(text = 'Banzheng test document') {
  const safe = text.replace(/[()\\]/g, '');
  const content = `BT /F1 18 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  offsets.forEach((o) => { out += `${String(o).padStart(10, '0')} 00000 n \n`; });
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

module.exports = { png, pdf, crc32 };
