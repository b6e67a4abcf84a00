import '../common/zod-locale';
export * from './desk-period';
export * from './desk.schemas';
export * from './candidates';
export * from './desk.api';
