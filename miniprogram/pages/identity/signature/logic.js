/*
 * The handwritten signature pad: strokes kept as points (so "撤销一笔" and "清除" are exact and
 * the drawing is repainted the same way on any canvas size), a minimum of ink before signing, and
 * the signing call with the PDF's hash the owner previewed.
 */
const signatures = require('../../../services/signatures');
const { userMessage } = require('../../../services/errors');

/** Less ink than this (total stroke length in px) is a tap, not a signature. */
const MIN_INK_LENGTH = 120;
const LINE_WIDTH = 4;
const INK = '#1f2329';

function createPad() {
  const strokes = [];
  let current = null;
  return {
    strokes,
    start(x, y) {
      current = [[x, y]];
      strokes.push(current);
    },
    move(x, y) {
      if (current) current.push([x, y]);
    },
    end() {
      current = null;
    },
    undo() {
      current = null;
      strokes.pop();
    },
    clear() {
      current = null;
      strokes.length = 0;
    },
    inkLength() {
      return strokes.reduce((sum, stroke) => sum + stroke.slice(1).reduce((s, [x, y], i) => {
        const [px, py] = stroke[i];
        return s + Math.hypot(x - px, y - py);
      }, 0), 0);
    },
    isEnough() {
      return this.inkLength() >= MIN_INK_LENGTH;
    },
  };
}

/** Repaints every stroke on a 2d context (transparent background, dark ink). */
function paint(ctx, strokes, width, height) {
  ctx.clearRect(0, 0, width, height);
  ctx.lineWidth = LINE_WIDTH;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = INK;
  strokes.forEach((stroke) => {
    if (!stroke.length) return;
    ctx.beginPath();
    ctx.moveTo(stroke[0][0], stroke[0][1]);
    stroke.slice(1).forEach(([x, y]) => ctx.lineTo(x, y));
    if (stroke.length === 1) ctx.lineTo(stroke[0][0] + 0.1, stroke[0][1]);
    ctx.stroke();
  });
}

async function submitSignature(requestId, pngBase64, documentSha256) {
  try {
    const request = await signatures.sign(requestId, pngBase64, documentSha256);
    return { request, errorMessage: '', code: '' };
  } catch (error) {
    return { request: null, errorMessage: userMessage(error), code: error.code || '' };
  }
}

module.exports = {
  MIN_INK_LENGTH, createPad, paint, submitSignature,
};
