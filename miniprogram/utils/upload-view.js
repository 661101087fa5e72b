/*
 * How the upload queue (services/upload-queue.js) is shown: per checklist item in the wizard and
 * as one banner. Messages say what will really happen next — the queue resumes by itself on a
 * network change and when WeChat comes back to the foreground, and 继续上传 is always offered.
 */
const { UPLOAD_STATE } = require('../services/upload-queue');

/** Row fields for one item from its queue entry (or none). */
function itemUploadView(entry) {
  if (!entry) {
    return {
      uploading: false, progress: 0, fileName: '', errorMessage: '', resumable: false, waiting: false,
    };
  }
  return {
    uploading: [UPLOAD_STATE.preparing, UPLOAD_STATE.queued, UPLOAD_STATE.uploading].includes(entry.state),
    progress: entry.progress || 0,
    fileName: entry.fileName || '',
    errorMessage: entry.state === UPLOAD_STATE.paused || entry.state === UPLOAD_STATE.failed ? entry.message : '',
    resumable: entry.state === UPLOAD_STATE.paused,
    waiting: entry.state === UPLOAD_STATE.paused,
  };
}

/** The banner over a list of entries: null when nothing is pending. */
function bannerView(entries, { online = true } = {}) {
  const paused = entries.filter((e) => e.state === UPLOAD_STATE.paused);
  const active = entries.filter((e) => [UPLOAD_STATE.preparing, UPLOAD_STATE.queued, UPLOAD_STATE.uploading].includes(e.state));
  if (paused.length) {
    return {
      tone: 'warn',
      title: `有 ${paused.length} 个文件还没传完`,
      text: online
        ? '文件和进度已保存在手机上。点「继续上传」接着传，退出小程序也不会丢。'
        : '现在没有网络。文件和进度已保存在手机上，联网后会自动继续，也可以点「继续上传」。',
      canResume: true,
    };
  }
  if (active.length) {
    return {
      tone: 'info',
      title: `正在上传 ${active.length} 个文件`,
      text: '可以继续操作；网络中断时会保存进度，恢复后自动接着传。',
      canResume: false,
    };
  }
  return null;
}

module.exports = { itemUploadView, bannerView };
