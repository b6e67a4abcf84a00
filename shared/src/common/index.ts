import './zod-locale';
export * from './errors';
export * from './phone';
export * from './ids';
export * from './search-text';
export * from './date-only';
export * from './endpoint';
