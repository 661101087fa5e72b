/*
 * How a material checklist is explained to the owner (plan requirement 3):
 *   必交             core items, needed before acceptance
 *   可容缺           non-core items: may be missing at acceptance and handed in later (容缺受理)
 *   可用告知承诺书代替 items a signed commitment letter may replace (告知承诺制)
 */
const GROUPS = Object.freeze([
  { key: 'required', title: '必交材料', hint: '受理前必须提交' },
  { key: 'deferrable', title: '可容缺材料', hint: '暂时没有也可先受理，按约定时间补交' },
  { key: 'commitment', title: '可用告知承诺书代替', hint: '签署《材料真实性承诺书》即可代替，事后核查' },
]);

const FORMAT_LABELS = Object.freeze({ jpeg: 'JPG', png: 'PNG', pdf: 'PDF' });

function groupOf(requirement) {
  if (requirement.commitment_allowed) return 'commitment';
  return requirement.core ? 'required' : 'deferrable';
}

function formatsLabel(formats) {
  return (formats || []).map((f) => FORMAT_LABELS[f] || f.toUpperCase()).join(' / ');
}

/** [{key, title, hint, items:[requirement…]}] in GROUPS order, empty groups left out. */
function groupChecklist(requirements) {
  return GROUPS.map((g) => ({
    ...g,
    items: (requirements || []).filter((r) => groupOf(r) === g.key).map((r) => ({
      code: r.code,
      name: r.name,
      description: r.description || '',
      formats: formatsLabel(r.formats),
    })),
  })).filter((g) => g.items.length);
}

module.exports = {
  GROUPS, groupOf, groupChecklist, formatsLabel,
};
