import '../common/zod-locale';
export * from './uploads.schemas';
export * from './uploads.api';
