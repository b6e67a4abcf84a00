import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { hasRole } from '@wuxie/shared/auth';
import {
  ARTICLE_STATUSES,
  ARTICLE_STATUS_LABELS,
  type ArticleStatus,
  ARTICLE_CATEGORIES,
  ARTICLE_CATEGORY_LABELS,
  type ArticleCategory,
  newsApi,
  type DeskArticleSummary,
} from '@wuxie/shared/news';
import { useRef, useState } from 'react';
import { z } from 'zod';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import PagedListView from '@/components/PagedListView';
import { EmptyState, RouteState } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { daysLabel, linkDays, linkId, linkOneOf } from '@/lib/link-filters';
import { beijingDateTime, categoryLabel } from '@/lib/news';
import { go } from '@/lib/nav';
import { useSession } from '@/stores';
import { Button } from '@/ui';
import './index.css';

type Scope = 'mine' | 'queue' | 'all';
const SCOPES: ReadonlyArray<{ key: Scope; label: string; staffOnly: boolean }> = [
  { key: 'queue', label: '待审核', staffOnly: true },
  { key: 'mine', label: '我的稿件', staffOnly: false },
  { key: 'all', label: '全部稿件', staffOnly: true },
];

function DeskItem({ article }: { article: DeskArticleSummary }) {
  const when = article.publishedAt ?? article.scheduledAt ?? article.submittedAt ?? article.updatedAt;
  return (
    <View className="card desk-item" onClick={() => go('newsEdit', { id: article.id })}>
      <View className="desk-item__top">
        <Text className={`chip desk-status desk-status--${article.status}`}>{ARTICLE_STATUS_LABELS[article.status]}</Text>
        {article.pinned && <Text className="chip">置顶</Text>}
        <Text className="desk-item__title">{article.title}</Text>
      </View>
      <View className="desk-item__meta">
        <Text>{categoryLabel(article.category)}</Text>
        <Text>{article.author.name}</Text>
        <Text>{beijingDateTime(when)}</Text>
      </View>
      {article.status === 'returned' && article.reviewNote && <Text className="desk-item__note">退回意见：{article.reviewNote}</Text>}
    </View>
  );
}

/** The filter a desk figure opens the whole list (全部稿件) with: status, publication days, category, author. */
interface LinkFilter {
  status?: ArticleStatus;
  from?: string;
  to?: string;
  category?: ArticleCategory;
  authorId?: number;
}

// Lenient on purpose: a hand-edited link opens the plain list (see lib/link-filters).
const LINK_PARAMS = z
  .object({ scope: z.string(), status: z.string(), from: z.string(), to: z.string(), category: z.string(), authorId: z.string() })
  .partial();

function linkFilterOf(params: Partial<Record<string, string>>): LinkFilter | null {
  if (params.scope !== 'all') return null;
  const filter: LinkFilter = {
    status: linkOneOf(params.status, ARTICLE_STATUSES),
    ...linkDays(params),
    category: linkOneOf(params.category, ARTICLE_CATEGORIES),
    authorId: linkId(params.authorId),
  };
  return Object.values(filter).some((v) => v !== undefined) ? filter : null;
}

/** 采编台: correspondents' own articles; for staff also the review queue and every article. */
export default function NewsDeskPage() {
  const access = useRouteGuard('newsDesk');
  const session = useSession();
  const staff = session ? hasRole(session.user.roles, 'staff') : false;
  const route = useRouteParams(LINK_PARAMS);
  const [link, setLink] = useState<LinkFilter | null>(() => (route.ok ? linkFilterOf(route.params) : null));
  const [scope, setScope] = useState<Scope>(link ? 'all' : staff ? 'queue' : 'mine');
  const [total, setTotal] = useState<number | null>(null);
  const list = usePagedList<DeskArticleSummary>(
    async (cursor) => {
      const page = await api.call(newsApi.listDesk, { query: { scope, ...(link ?? {}), cursor: cursor ? Number(cursor) : undefined } });
      setTotal(page.total);
      return { items: page.items, next: page.nextCursor === null ? null : String(page.nextCursor) };
    },
    [scope, session?.user.id, JSON.stringify(link)],
  );
  const linkWhat = link
    ? `${daysLabel(link.from, link.to)}${link.status === 'published' ? ' 发布的' : link.status ? ` ${ARTICLE_STATUS_LABELS[link.status]}的` : ''}${link.category ? `“${ARTICLE_CATEGORY_LABELS[link.category]}”栏目` : ''}${link.authorId !== undefined ? '该作者的' : ''}稿件`
    : '';
  // Coming back from the editor shows the article's new status.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });

  if (access === 'forbidden') {
    return (
      <PageShell>
        <EmptyState
          title="没有采编权限"
          description="采编台只对通讯员和协会工作人员开放"
          action={{ text: '回首页', onClick: () => go('home') }}
        />
      </PageShell>
    );
  }
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="newsDesk" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell className="news-desk">
      <View className="desk-bar section">
        <Button type="primary" className="desk-bar__write" onClick={() => go('newsEdit')}>
          写稿
        </Button>
        {staff && (
          <Button fill="outline" type="primary" onClick={() => go('newsStats')}>
            资讯统计
          </Button>
        )}
      </View>
      {link && (
        <View className="section card link-filter">
          <Text className="link-filter__what">{linkWhat}</Text>
          <Text className="link-filter__total">{total === null ? '…' : `共 ${total} 篇`}</Text>
          <Text className="link-filter__clear" onClick={() => setLink(null)}>
            查看全部稿件
          </Text>
        </View>
      )}
      <View className="desk-tabs section">
        {SCOPES.filter((s) => staff || !s.staffOnly).map((s) => (
          <Text
            key={s.key}
            className={`desk-tab ${s.key === scope ? 'desk-tab--active' : ''}`}
            onClick={() => {
              setLink(null);
              setScope(s.key);
            }}
          >
            {s.label}
          </Text>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={
          scope === 'queue'
            ? { title: '没有待审核的稿件', description: '通讯员提交的稿件会出现在这里' }
            : {
                title: '还没有稿件',
                description: '点“写稿”写一篇，保存后提交审核',
                action: { text: '写稿', onClick: () => go('newsEdit') },
              }
        }
        renderItem={(article) => <DeskItem key={article.id} article={article} />}
      />
    </PageShell>
  );
}
