// Compile-time proof that a call which does not fit its endpoint fails `tsc` (run by `typecheck`):
// each line asserts at the type level whether a call's arguments fit. Nothing here runs.
import { type newsApi } from '@wuxie/shared/news';
import { type uploadsApi } from '@wuxie/shared/uploads';
import { expectTypeOf } from 'vitest';
import type { api } from './index';
import type { CallArgs, FileEndpoint, JsonEndpoint, UploadEndpoint } from './client';

type GetArticle = CallArgs<typeof newsApi.getArticle>;
type PinArticle = CallArgs<typeof newsApi.pinArticle>;
type ListFeed = CallArgs<typeof newsApi.listFeed>;

// A fitting call compiles.
expectTypeOf<[{ params: { id: number } }]>().toExtend<GetArticle>();
expectTypeOf<[{ params: { id: number }; body: { pinned: boolean } }]>().toExtend<PinArticle>();
expectTypeOf<[]>().toExtend<ListFeed>();
expectTypeOf<[{ query: { category: 'notice'; limit: number } }]>().toExtend<ListFeed>();

// An endpoint with a path parameter needs its params, of the right type.
expectTypeOf<[]>().not.toExtend<GetArticle>();
expectTypeOf<[{ params: { id: string } }]>().not.toExtend<GetArticle>();
// A body the endpoint does not take, or one missing its required fields.
expectTypeOf<[{ params: { id: number }; body: { x: number } }]>().not.toExtend<GetArticle>();
expectTypeOf<[{ params: { id: number }; body: { pinned?: boolean } }]>().not.toExtend<PinArticle>();
// A query field of the wrong type, a category that does not exist.
expectTypeOf<[{ query: { limit: string } }]>().not.toExtend<ListFeed>();
expectTypeOf<[{ query: { category: 'sports' } }]>().not.toExtend<ListFeed>();

// Uploads go through api.upload and files through api.download, never as a JSON call.
expectTypeOf<typeof uploadsApi.uploadImage>().not.toExtend<JsonEndpoint>();
expectTypeOf<typeof uploadsApi.uploadImage>().toExtend<UploadEndpoint>();
expectTypeOf<typeof uploadsApi.getUpload>().not.toExtend<JsonEndpoint>();
expectTypeOf<typeof uploadsApi.getUpload>().toExtend<FileEndpoint>();

// The answer is typed by the endpoint's schema.
type ArticleAnswer = Awaited<ReturnType<typeof api.call<typeof newsApi.getArticle>>>;
expectTypeOf<ArticleAnswer>().toHaveProperty('title').toEqualTypeOf<string>();
expectTypeOf<ArticleAnswer>().not.toHaveProperty('nonexistentField');
