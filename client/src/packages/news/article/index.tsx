import { Button as TaroButton, Image, RichText, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import type { ArticleDetail } from '@wuxie/shared/news'
import { useEffect, useState } from 'react'
import { messageOf } from '@/api/errors'
import { fetchArticle, recordRead } from '@/api/news'
import PageShell from '@/components/PageShell'
import { ErrorState, ListSkeleton } from '@/components/StateView'
import { beijingDate, bylineText, categoryLabel, readCountText, richTextHtml, uploadSrc } from '@/lib/news'
import { ROUTES } from '@/routes'
import './index.css'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** An article: title, byline, date, cover, the body rendered natively, read count and sharing. */
export default function ArticlePage() {
  const id = Number(useRouter().params.id)
  const [article, setArticle] = useState<ArticleDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reads, setReads] = useState<number | null>(null)

  const load = () => {
    setError(null)
    fetchArticle(id)
      .then((a) => {
        setArticle(a)
        // Counting the read is a separate call, so the article itself stays cacheable.
        recordRead(id).then(setReads, () => setReads(a.readCount))
      })
      .catch((err: unknown) => setError(messageOf(err)))
  }
  useEffect(load, [id])

  const cover = uploadSrc(article?.coverUrl ?? null, WUXIE_API_BASE)
  useShareAppMessage(() => ({ title: article?.title ?? '协会资讯', path: `/${ROUTES.newsArticle.path}?id=${id}`, imageUrl: cover }))
  useShareTimeline(() => ({ title: article?.title ?? '协会资讯', query: `id=${id}`, imageUrl: cover }))

  const copyLink = () => {
    const link = `${window.location.origin}${window.location.pathname}#/${ROUTES.newsArticle.path}?id=${id}`
    void Taro.setClipboardData({ data: link }).then(() => Taro.showToast({ title: '链接已复制，可粘贴分享', icon: 'none' }))
  }

  if (error) return <PageShell><ErrorState message={error} onRetry={load} /></PageShell>
  if (!article) return <PageShell><ListSkeleton rows={2} /></PageShell>
  const byline = bylineText(article)
  return (
    <PageShell className='article'>
      <View className='article__head'>
        <Text className='article__title'>{article.title}</Text>
        <View className='article__meta'>
          <Text className='article__category'>{categoryLabel(article.category)}</Text>
          <Text>{beijingDate(article.publishedAt)}</Text>
        </View>
        {byline && <Text className='article__byline'>{byline}</Text>}
      </View>
      {cover && <Image className='article__cover' src={cover} mode='widthFix' />}
      <View className='article__body'>
        <RichText nodes={richTextHtml(article.bodyHtml, WUXIE_API_BASE)} userSelect />
      </View>
      <View className='article__foot'>
        <Text className='muted article__reads'>阅读 {readCountText(reads ?? article.readCount)}</Text>
        {IS_WEAPP ? (
          <TaroButton className='article__share' openType='share' size='mini'>分享给好友</TaroButton>
        ) : (
          <Text className='article__share' onClick={copyLink}>复制链接分享</Text>
        )}
      </View>
    </PageShell>
  )
}
