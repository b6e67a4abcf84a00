import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/**
 * A label and a value on one line; nothing when there is no value. `labelWidth` (px) lines the
 * values of one card up in a column: wide enough for the card's longest label.
 */
export function Kv({ k, v, labelWidth = 72, className }: { k: string; v: ReactNode; labelWidth?: number; className?: string }) {
  if (v === null || v === undefined || v === '' || v === false) return null;
  return (
    <View className="wx-kv">
      <Text className="wx-kv__k" style={{ width: `${labelWidth}px` }}>
        {k}
      </Text>
      <Text className={className ? `wx-kv__v ${className}` : 'wx-kv__v'}>{typeof v === 'number' ? String(v) : v}</Text>
    </View>
  );
}
