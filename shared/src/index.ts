import './common/zod-locale';
export * from './common/errors';
export * from './common/phone';
export * from './auth/roles';
export * from './auth/auth.schemas';
export * from './members/credit-code';
export * from './auth/demo-accounts';
export * from './notifications/notifications.schemas';
export * from './activities';
