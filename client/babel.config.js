// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
const path = require('node:path');

/**
 * H5 imports helpers from @babel/runtime-corejs3, whose latest release can lag @babel/runtime's:
 * telling transform-runtime the corejs3 version keeps it from importing helpers that package lacks
 * (e.g. "Cannot find module .../runtime-corejs3/helpers/esm/callSpread").
 */
function corejsRuntimeVersion() {
  const presetDir = path.dirname(require.resolve('babel-preset-taro/package.json'));
  return require(require.resolve('@babel/runtime-corejs3/package.json', { paths: [presetDir] })).version;
}

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        useBuiltIns: process.env.TARO_ENV === 'h5' ? 'usage' : false,
        ...(process.env.TARO_ENV === 'h5' ? { version: corejsRuntimeVersion() } : {}),
      },
    ],
  ],
};
