/*
 * Dates as an owner reads them. The API sends ISO 8601 in the registry's own time zone
 * (+08:00), so we read the wall-clock digits as written instead of converting through the
 * phone's zone (a phone set abroad would otherwise show the wrong day).
 */
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

function parts(value) {
  const m = ISO_RE.exec(String(value || ''));
  if (!m) return null;
  return {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: m[4], minute: m[5],
  };
}

/** "2026年12月3日" */
function dateLabel(value) {
  const p = parts(value);
  return p ? `${p.year}年${p.month}月${p.day}日` : '';
}

/** "12月3日 14:05" (the year is left out: progress is about this week, not this decade). */
function dateTimeLabel(value) {
  const p = parts(value);
  if (!p) return '';
  return p.hour === undefined ? `${p.month}月${p.day}日` : `${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

module.exports = { dateLabel, dateTimeLabel };
