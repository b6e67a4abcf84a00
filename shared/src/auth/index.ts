import '../common/zod-locale';
export * from './roles';
export * from './auth.schemas';
export * from './demo-accounts';
export * from './auth.api';
