import { Text, View } from '@tarojs/components';
import type { ArticleHistoryEntry } from '@wuxie/shared/news';
import { beijingDateTime } from '@/lib/news';

const ACTION_LABELS: Record<string, string> = {
  'article.created': '创建草稿',
  'article.edited': '修改',
  'article.submit': '提交审核',
  'article.withdraw': '撤回',
  'article.publish': '发布',
  'article.schedule': '设定定时发布',
  'article.return': '退回修改',
  'article.unpublish': '撤下',
  'article.pin': '置顶',
  'article.unpin': '取消置顶',
  'article.published_on_schedule': '按时发布',
};

/** The article's audit trail, oldest first: who did what, with the editor's notes. */
export default function History({ entries }: { entries: ArticleHistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <View className="card section edit-history">
      <Text className="draft-form__label">处理记录</Text>
      {entries.map((e, i) => (
        <View key={i} className="edit-history__row">
          <Text className="muted">{beijingDateTime(e.at)}</Text>
          <Text>
            {e.actorName} {ACTION_LABELS[e.action] ?? e.action}
          </Text>
          {e.note && <Text className="edit-history__note">“{e.note}”</Text>}
        </View>
      ))}
    </View>
  );
}
