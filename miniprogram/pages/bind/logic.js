/* 绑定房屋 rules: check the form before asking the API, and turn its answers into what to show. */
const houses = require('../../services/houses');
const { userMessage } = require('../../services/errors');

const ID_NUMBER = /^\d{17}[\dXx]$/;

/** Full-width digits and letters from Chinese keyboards to ASCII, spaces removed. */
function normalise(value) {
  return String(value || '')
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
}

/** The first problem with the form, in words the owner can act on; '' when it may be sent. */
function formProblem({ realName, idNumber }) {
  if (!normalise(realName)) return '请填写姓名（与身份证一致）';
  if (!ID_NUMBER.test(normalise(idNumber))) return '身份证号应为 18 位：17 位数字，最后一位是数字或字母 X';
  return '';
}

async function findEstates(q, { search = houses.searchEstates } = {}) {
  const keyword = String(q || '').trim();
  if (keyword.length < 2) return { estates: [], hint: '请输入小区名称中至少 2 个字' };
  try {
    const estates = await search(keyword);
    return { estates, hint: estates.length ? '' : '没有找到名称包含该关键字的小区，可不选小区直接核对' };
  } catch (error) {
    return { estates: [], hint: userMessage(error) };
  }
}

/** Sends the form; answers { ok, message, houses } — the API's own sentence either way. */
async function submit(form, { bind = houses.bindHouse } = {}) {
  const problem = formProblem(form);
  if (problem) return { ok: false, message: problem, houses: [] };
  try {
    const body = await bind({
      realName: normalise(form.realName),
      idNumber: normalise(form.idNumber).toUpperCase(),
      contractNumber: normalise(form.contractNumber),
      communityId: form.communityId,
    });
    return { ok: true, message: body.message, houses: body.houses || [] };
  } catch (error) {
    return { ok: false, message: userMessage(error), houses: [] };
  }
}

async function windowCode({ request = houses.bindingCode } = {}) {
  try {
    const body = await request();
    return { code: body.code, error: '' };
  } catch (error) {
    return { code: '', error: userMessage(error) };
  }
}

module.exports = {
  normalise, formProblem, findEstates, submit, windowCode,
};
