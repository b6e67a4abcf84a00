import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useCareMode } from '@/stores'

interface Props {
  className?: string
}

/** Root of every page: applies the theme and 关怀模式's larger type. */
export default function PageShell({ className, children }: PropsWithChildren<Props>) {
  const care = useCareMode()
  return <View className={['app-page', care ? 'care' : '', className ?? ''].filter(Boolean).join(' ')}>{children}</View>
}
