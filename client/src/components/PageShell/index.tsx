import { View } from '@tarojs/components';
import { Component, Fragment, type ErrorInfo, type PropsWithChildren, type ReactNode } from 'react';
import { ErrorState } from '@/components/StateView';
import { useFollowAddress } from '@/hooks/use-route-params';
import { useCareMode } from '@/stores';

/** What a page whose content failed to render says, above its retry button. */
export const RENDER_FAILED = '页面显示出错了，请点“重试”；仍不行请返回后重新打开';

interface BoundaryState {
  failed: boolean;
  /** Bumped by retry, so the content mounts afresh instead of re-rendering the state that threw. */
  attempt: number;
}

/**
 * Catches an error thrown while the page's content renders and shows ErrorState with a retry in its place.
 * Without it Taro's own page wrapper catches the error and renders the page empty: no content, no
 * skeleton, no error, only the tab bar.
 */
export class PageErrorBoundary extends Component<PropsWithChildren, BoundaryState> {
  override state: BoundaryState = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // React logs the error itself; this names the page part that threw, for the console and bug reports.
    console.error('page content failed to render', error, info.componentStack);
  }

  retry = (): void => {
    this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.failed) return <ErrorState message={RENDER_FAILED} onRetry={this.retry} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

interface Props {
  className?: string;
}

/**
 * Root of every page: applies the theme and 关怀模式's larger type, gives way to the address if the user
 * went elsewhere while the page loaded, and shows the error with a retry (never an empty page) if the
 * page's content throws while rendering.
 */
export default function PageShell({ className, children }: PropsWithChildren<Props>) {
  const care = useCareMode();
  useFollowAddress();
  return (
    <View className={['app-page', care ? 'care' : '', className ?? ''].filter(Boolean).join(' ')}>
      <PageErrorBoundary>{children}</PageErrorBoundary>
    </View>
  );
}
