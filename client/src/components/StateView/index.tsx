import { Image, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import emptyImage from '@/assets/empty.png';
import { Button, Empty, Skeleton } from '@/ui';
import type { Resource } from '@/hooks/use-resource';
import type { RouteProblem } from '@/hooks/use-route-params';
import { go } from '@/lib/nav';
import './index.css';

/** Grey placeholder rows while a list loads. */
export function ListSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <View className="state-skeleton" aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className="card state-skeleton__item">
          <Skeleton rows={2} animated />
        </View>
      ))}
    </View>
  );
}

interface EmptyProps {
  title: string;
  description?: string;
  action?: { text: string; onClick: () => void };
}

/** Nothing to show yet, with words that say why and what to do. */
export function EmptyState({ title, description, action }: EmptyProps) {
  return (
    <View className="state-empty">
      <Empty image={<Image className="state-empty__image" src={emptyImage} />} imageSize={96} title={title} description={description} />
      {action && (
        <Button type="primary" className="state-empty__action" onClick={action.onClick}>
          {action.text}
        </Button>
      )}
    </View>
  );
}

/** Loading failed: the server's message and a retry button. */
export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className="state-empty state-error">
      <Empty image={<Image className="state-empty__image" src={emptyImage} />} imageSize={96} title="加载失败" description={message} />
      <Button type="primary" fill="outline" className="state-empty__action" onClick={onRetry}>
        重试
      </Button>
    </View>
  );
}

/** Footer of an infinitely scrolling list. */
export function ListFooter({ loadingMore, hasMore, count }: { loadingMore: boolean; hasMore: boolean; count: number }): ReactNode {
  if (count === 0) return null;
  return <View className="muted state-footer">{loadingMore ? '加载中…' : hasMore ? '上拉加载更多' : '没有更多了'}</View>;
}

/**
 * What a page shows for a resource: its content once loaded, the error with retry if the first load
 * failed, the skeleton before. Never nothing.
 */
export function ResourceState<T>({
  resource,
  rows = 3,
  children,
}: {
  resource: Resource<T>;
  rows?: number;
  children: (data: T) => ReactNode;
}): ReactNode {
  if (resource.data !== undefined) return children(resource.data);
  if (resource.status === 'error') return <ErrorState message={resource.error ?? '加载失败'} onRetry={() => void resource.reload()} />;
  return <ListSkeleton rows={rows} />;
}

/**
 * A page that cannot use its link: a missing or malformed parameter is named, with a way home; a page
 * the user already left while it loaded shows the skeleton until the app opens the new address.
 */
export function RouteState({ problem }: { problem: RouteProblem }): ReactNode {
  if (problem.kind === 'overtaken') return <ListSkeleton rows={2} />;
  return (
    <EmptyState
      title="页面链接不完整或已失效"
      description={`${problem.message}，请从列表重新打开`}
      action={{ text: '回首页', onClick: () => go('home') }}
    />
  );
}
