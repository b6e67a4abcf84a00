import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList } from '@/hooks/use-paged-list';
import { EmptyState, ErrorState, ListFooter, ListSkeleton } from '@/components/StateView';

interface Props<T> {
  list: PagedList<T>;
  empty: { title: string; description?: string; action?: { text: string; onClick: () => void } };
  renderItem: (item: T, index: number) => ReactNode;
}

/** Skeleton while loading, error with retry, empty state, or the items with a paging footer. */
export default function PagedListView<T>({ list, empty, renderItem }: Props<T>) {
  if (list.status === 'loading') return <ListSkeleton />;
  if (list.status === 'error') return <ErrorState message={list.error ?? '加载失败'} onRetry={() => void list.reload()} />;
  if (list.items.length === 0) return <EmptyState {...empty} />;
  return (
    <View className="stack section">
      {list.items.map(renderItem)}
      <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={list.items.length} />
    </View>
  );
}
