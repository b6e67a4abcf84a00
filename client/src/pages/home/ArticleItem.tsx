import { Image, Text, View } from '@tarojs/components';
import type { ArticleCard } from '@wuxie/shared/news';
import { beijingDate, categoryLabel, readCountText, uploadSrc } from '@/lib/news';
import { go } from '@/lib/nav';

/** One article in the feed: title, category, date and reads, with the cover on the right. */
export default function ArticleItem({ article }: { article: ArticleCard }) {
  const cover = uploadSrc(article.coverUrl, WUXIE_API_BASE);
  return (
    <View className="card news-item" onClick={() => go('newsArticle', { id: article.id })}>
      <View className="news-item__text">
        <Text className="news-item__title">
          {article.pinned && <Text className="chip news-item__pin">置顶</Text>}
          {article.title}
        </Text>
        <View className="news-item__meta">
          <Text className="news-item__category">{categoryLabel(article.category)}</Text>
          <Text>{beijingDate(article.publishedAt)}</Text>
          <Text>阅读 {readCountText(article.readCount)}</Text>
        </View>
      </View>
      {cover && <Image className="news-item__cover" src={cover} mode="aspectFill" lazyLoad />}
    </View>
  );
}
