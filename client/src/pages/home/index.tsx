import { Input, ScrollView, Text, View } from '@tarojs/components';
import { hasAnyRole } from '@wuxie/shared/auth';
import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS, type ArticleCategory, newsApi, type ArticleCard } from '@wuxie/shared/news';
import { useState } from 'react';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { usePagedList } from '@/hooks/use-paged-list';
import { go } from '@/lib/nav';
import type { RouteName } from '@/routes';
import { useSession } from '@/stores';
import ArticleItem from './ArticleItem';
import './index.css';

const SHORTCUTS: ReadonlyArray<{ text: string; mark: string; route: RouteName }> = [
  { text: '培训活动', mark: '训', route: 'activities' },
  { text: '我要投诉', mark: '诉', route: 'complaints' },
  { text: '我的证书', mark: '证', route: 'myCertificates' },
];

const TABS: ReadonlyArray<{ key: ArticleCategory | 'all'; label: string }> = [
  { key: 'all', label: '全部' },
  ...ARTICLE_CATEGORIES.map((c) => ({ key: c, label: ARTICLE_CATEGORY_LABELS[c] })),
];

/** 首页: the association's news — pinned notices on top, category tabs, search, endless scroll. */
export default function HomePage() {
  const session = useSession();
  const [category, setCategory] = useState<ArticleCategory | 'all'>('all');
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const news = usePagedList<ArticleCard>(
    async (cursor) => {
      const page = await api.call(newsApi.listFeed, {
        query: { category: category === 'all' ? undefined : category, q: query || undefined, cursor: cursor ?? undefined },
      });
      return { items: [...page.pinned, ...page.items], next: page.nextCursor };
    },
    [category, query],
  );
  const writer = session && hasAnyRole(session.user.roles, ['correspondent', 'staff']);
  const search = (text: string) => setQuery(text.trim());

  return (
    <PageShell className="home">
      <View className="home-top">
        <Text className="home-top__title">物业管理协会</Text>
        <View className="home-search">
          <Input
            className="home-search__input"
            name="q"
            type="text"
            confirmType="search"
            placeholder="搜索资讯标题或正文"
            value={typed}
            maxlength={40}
            onInput={(e) => setTyped(e.detail.value)}
            onConfirm={(e) => search(e.detail.value)}
          />
          {query ? (
            <Text
              className="home-search__action"
              onClick={() => {
                setTyped('');
                search('');
              }}
            >
              取消
            </Text>
          ) : (
            <Text className="home-search__action" onClick={() => search(typed)}>
              搜索
            </Text>
          )}
        </View>
      </View>
      {!query && (
        <View className="home-shortcuts card section">
          {SHORTCUTS.map((s) => (
            <View key={s.text} className="home-shortcut" onClick={() => go(s.route)}>
              <View className="home-shortcut__dot">{s.mark}</View>
              <Text className="home-shortcut__text">{s.text}</Text>
            </View>
          ))}
          {writer && (
            <View className="home-shortcut home-shortcut--desk" onClick={() => go('newsDesk')}>
              <View className="home-shortcut__dot">稿</View>
              <Text className="home-shortcut__text">采编台</Text>
            </View>
          )}
        </View>
      )}
      <ScrollView className="home-tabs" scrollX enableFlex>
        {TABS.map((t) => (
          <View key={t.key} className={`home-tab ${t.key === category ? 'home-tab--active' : ''}`} onClick={() => setCategory(t.key)}>
            {t.label}
          </View>
        ))}
      </ScrollView>
      {query && <Text className="muted home-search__result">“{query}”的搜索结果</Text>}
      <PagedListView
        list={news}
        empty={
          query
            ? { title: '没有找到相关资讯', description: '换个词试试，比如“培训”“通知”' }
            : { title: '暂无资讯', description: '协会发布的党建、行业动态和通知公告会显示在这里，下拉可刷新' }
        }
        renderItem={(article) => <ArticleItem key={article.id} article={article} />}
      />
    </PageShell>
  );
}
