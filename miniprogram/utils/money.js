/* Amounts arrive as decimal strings ("7256.00"); shown with thousands separators and 元. */
function yuan(amount) {
  if (amount === null || amount === undefined || amount === '') return '';
  const [whole, fraction = '00'] = String(amount).split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fraction.padEnd(2, '0').slice(0, 2)} 元`;
}

module.exports = { yuan };
