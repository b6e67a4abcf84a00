import '../common/zod-locale';
export * from './system.api';
