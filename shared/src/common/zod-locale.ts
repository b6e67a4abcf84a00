import { z } from 'zod';

// Every default zod message (the ones a schema does not spell out) comes out in Chinese, on the
// server and in the client alike, because both import this package.
z.config(z.locales.zhCN());
