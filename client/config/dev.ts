import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      port: 10086,
      // The API runs separately in development; H5 calls it on the same origin through this proxy.
      proxy: [{ context: ['/api'], target: process.env.WUXIE_API_ORIGIN ?? 'http://127.0.0.1:3000' }],
    },
  },
} satisfies UserConfigExport;
