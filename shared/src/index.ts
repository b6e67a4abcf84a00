// Everything, for the server. The client imports one feature's entry (`@wuxie/shared/news`), so
// that what it takes is deliberate; every entry sets up the Chinese zod messages (common/zod-locale).
export * from './common';
export * from './auth';
export * from './members';
export * from './notifications';
export * from './complaints';
export * from './uploads';
export * from './activities';
export * from './news';
export * from './desk';
export * from './system';
