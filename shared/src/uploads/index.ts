export * from './uploads.schemas';
