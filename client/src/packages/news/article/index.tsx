import { Button as TaroButton, Image, RichText, Text, View } from '@tarojs/components';
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { newsApi } from '@wuxie/shared/news';
import { useState } from 'react';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteParams } from '@/hooks/use-route-params';
import { beijingDate, bylineText, categoryLabel, readCountText, richTextHtml, uploadSrc } from '@/lib/news';
import { ROUTES } from '@/routes';
import './index.css';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';

/** An article: title, byline, date, cover, the body rendered natively, read count and sharing. */
export default function ArticlePage() {
  const route = useRouteParams(newsApi.getArticle.params);
  const id = route.ok ? route.params.id : 0;
  const [reads, setReads] = useState<number | null>(null);
  const resource = useResource(
    async () => {
      const a = await api.call(newsApi.getArticle, { params: { id } });
      // Counting the read is a separate call, so the article itself stays cacheable.
      api.call(newsApi.recordRead, { params: { id } }).then(
        (r) => setReads(r.readCount),
        () => setReads(a.readCount),
      );
      return a;
    },
    [id],
    { reloadOnShow: false, enabled: route.ok },
  );
  const article = resource.data;

  const cover = uploadSrc(article?.coverUrl ?? null, WUXIE_API_BASE);
  useShareAppMessage(() => ({ title: article?.title ?? '协会资讯', path: `/${ROUTES.newsArticle.path}?id=${id}`, imageUrl: cover }));
  useShareTimeline(() => ({ title: article?.title ?? '协会资讯', query: `id=${id}`, imageUrl: cover }));

  const copyLink = () => {
    const link = `${window.location.origin}${window.location.pathname}#/${ROUTES.newsArticle.path}?id=${id}`;
    void Taro.setClipboardData({ data: link }).then(() => Taro.showToast({ title: '链接已复制，可粘贴分享', icon: 'none' }));
  };

  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell className="article">
      <ResourceState resource={resource} rows={2}>
        {(article) => (
          <>
            <View className="article__head">
              <Text className="article__title">{article.title}</Text>
              <View className="article__meta">
                <Text className="article__category">{categoryLabel(article.category)}</Text>
                <Text>{beijingDate(article.publishedAt)}</Text>
              </View>
              {bylineText(article) && <Text className="article__byline">{bylineText(article)}</Text>}
            </View>
            {cover && <Image className="article__cover" src={cover} mode="widthFix" />}
            <View className="article__body">
              <RichText nodes={richTextHtml(article.bodyHtml, WUXIE_API_BASE)} userSelect />
            </View>
            <View className="article__foot">
              <Text className="muted article__reads">阅读 {readCountText(reads ?? article.readCount)}</Text>
              {IS_WEAPP ? (
                <TaroButton className="article__share" openType="share" size="mini">
                  分享给好友
                </TaroButton>
              ) : (
                <Text className="article__share" onClick={copyLink}>
                  复制链接分享
                </Text>
              )}
            </View>
          </>
        )}
      </ResourceState>
    </PageShell>
  );
}
