import '../common/zod-locale';
export * from './categories';
export * from './article-status';
export * from './article-text';
export * from './news.schemas';
export * from './news.api';
