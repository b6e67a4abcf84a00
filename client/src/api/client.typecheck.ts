// Compile-time proof that a call which does not fit its endpoint fails `tsc` (run by `typecheck`).
// Each @ts-expect-error must meet an error, or tsc reports the directive as unused and fails.
// Nothing here runs: the calls sit in a function that is never called.
import { newsApi } from '@wuxie/shared/news'
import { uploadsApi } from '@wuxie/shared/uploads'
import type { ApiClient } from './client'

export function contractMismatchesFailToCompile(api: ApiClient): void {
  void api.call(newsApi.getArticle, { params: { id: 3 } })
  // @ts-expect-error an endpoint with a path parameter needs its params
  void api.call(newsApi.getArticle)
  // @ts-expect-error the article id is a number, not a word
  void api.call(newsApi.getArticle, { params: { id: 'three' } })
  // @ts-expect-error a parameter the path does not have
  void api.call(newsApi.getArticle, { params: { id: 3, slug: 'x' } })
  // @ts-expect-error a body the endpoint does not take
  void api.call(newsApi.getArticle, { params: { id: 3 }, body: { x: 1 } })
  // @ts-expect-error a body missing its required fields
  void api.call(newsApi.pinArticle, { params: { id: 3 }, body: {} })
  // @ts-expect-error a query field of the wrong type
  void api.call(newsApi.listFeed, { query: { limit: 'many' } })
  // @ts-expect-error a category that does not exist
  void api.call(newsApi.listFeed, { query: { category: 'sports' } })
  // @ts-expect-error an upload goes through api.upload, not as a JSON call
  void api.call(uploadsApi.uploadImage, { query: { purpose: 'cover' } })
  // @ts-expect-error a file endpoint is downloaded, not called
  void api.call(uploadsApi.getUpload, { params: { key: 'k' } })
}

export async function answersAreTypedByTheEndpoint(api: ApiClient): Promise<void> {
  const article = await api.call(newsApi.getArticle, { params: { id: 3 } })
  const title: string = article.title
  // @ts-expect-error the answer has no such field
  void article.nonexistentField
  void title
}
