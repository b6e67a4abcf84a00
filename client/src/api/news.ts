import Taro from '@tarojs/taro'
import {
  articleDetailSchema,
  articleFeedSchema,
  articleReadSchema,
  deskArticleListSchema,
  deskArticleSchema,
  newsStatsSchema,
  type ArticleActionRequest,
  type ArticleDetail,
  type ArticleDraftInput,
  type ArticleFeed,
  type ArticleFeedQuery,
  type DeskArticle,
  type DeskArticleList,
  type DeskListQuery,
  type NewsStats,
  type NewsStatsQuery,
} from '@wuxie/shared/news/news.schemas'
import { uploadSchema, type UploadInfo } from '@wuxie/shared/uploads/uploads.schemas'
import { ApiRequestError, CLIENT_MESSAGES, errorFromResponse, networkError } from './errors'
import { api, sessions } from './index'

/** One page of the public feed (pinned articles come with the first page). */
export function fetchFeed(query: Partial<ArticleFeedQuery>): Promise<ArticleFeed> {
  return api.request({ path: '/api/news/articles', query, schema: articleFeedSchema, auth: false })
}

export function fetchArticle(id: number): Promise<ArticleDetail> {
  return api.request({ path: `/api/news/articles/${id}`, schema: articleDetailSchema, auth: false })
}

/** Counts this read (the server counts a reader once an hour) and returns the read count to show. */
export async function recordRead(id: number): Promise<number> {
  return (await api.request({ method: 'POST', path: `/api/news/articles/${id}/reads`, schema: articleReadSchema })).readCount
}

export function fetchDeskList(query: Partial<DeskListQuery>): Promise<DeskArticleList> {
  return api.request({ path: '/api/news/desk/articles', query, schema: deskArticleListSchema })
}

export function fetchDeskArticle(id: number): Promise<DeskArticle> {
  return api.request({ path: `/api/news/desk/articles/${id}`, schema: deskArticleSchema })
}

export function createDraft(body: ArticleDraftInput): Promise<DeskArticle> {
  return api.request({ method: 'POST', path: '/api/news/desk/articles', body, schema: deskArticleSchema })
}

export function updateDraft(id: number, body: ArticleDraftInput): Promise<DeskArticle> {
  return api.request({ method: 'PUT', path: `/api/news/desk/articles/${id}`, body, schema: deskArticleSchema })
}

export function actOnArticle(id: number, body: ArticleActionRequest): Promise<DeskArticle> {
  return api.request({ method: 'POST', path: `/api/news/desk/articles/${id}/actions`, body, schema: deskArticleSchema })
}

export function pinArticle(id: number, pinned: boolean): Promise<DeskArticle> {
  return api.request({ method: 'PUT', path: `/api/news/desk/articles/${id}/pin`, body: { pinned }, schema: deskArticleSchema })
}

export function fetchNewsStats(query: NewsStatsQuery): Promise<NewsStats> {
  return api.request({ path: '/api/news/stats', query, schema: newsStatsSchema })
}

/** Uploads an image chosen on the phone for an article (body image or cover). */
export async function uploadArticleImage(filePath: string, purpose: 'article_image' | 'cover'): Promise<UploadInfo> {
  const token = sessions.get()?.accessToken
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({
      url: `${WUXIE_API_BASE}/api/uploads?purpose=${purpose}`,
      filePath,
      name: 'file',
      header: token ? { Authorization: `Bearer ${token}` } : {},
    })
  } catch {
    throw networkError()
  }
  let body: unknown = null
  try {
    body = JSON.parse(res.data)
  } catch {
    // A proxy's HTML error page: reported below by status.
  }
  if (res.statusCode < 200 || res.statusCode >= 300) throw errorFromResponse(res.statusCode, body)
  const parsed = uploadSchema.safeParse(body)
  if (!parsed.success) throw new ApiRequestError('BAD_RESPONSE', CLIENT_MESSAGES.BAD_RESPONSE, res.statusCode)
  return parsed.data
}
