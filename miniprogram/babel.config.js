// Used by jest only: TDesign's miniprogram_dist ships ES modules, which WeChat DevTools would
// transpile at build time; jest needs the same done for it (and for nothing else).
module.exports = {
  presets: [['@babel/preset-env', { targets: { node: 'current' } }]],
};
