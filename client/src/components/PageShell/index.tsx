import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useFollowAddress } from '@/hooks/use-route-params';
import { useCareMode } from '@/stores';

interface Props {
  className?: string;
}

/** Root of every page: applies the theme and 关怀模式's larger type, and gives way to the address if the user went elsewhere while the page loaded. */
export default function PageShell({ className, children }: PropsWithChildren<Props>) {
  const care = useCareMode();
  useFollowAddress();
  return <View className={['app-page', care ? 'care' : '', className ?? ''].filter(Boolean).join(' ')}>{children}</View>;
}
