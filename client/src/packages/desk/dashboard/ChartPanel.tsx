import { Text, View } from '@tarojs/components';
import type { FigureLink } from '@wuxie/shared/desk';
import BarChart from '../components/BarChart';
import { openLink } from '../lib/open-link';

export interface ChartRow {
  label: string;
  value: number;
  link?: FigureLink;
}

interface Props {
  id: string;
  title: string;
  unit: string;
  rows: readonly ChartRow[];
  color?: string;
}

/** A chart with the same figures as a table under it. */
export default function ChartPanel({ id, title, unit, rows, color }: Props) {
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  return (
    <View className="card desk-panel">
      <View className="desk-panel__head">
        <Text className="desk-panel__title">{title}</Text>
        <Text className="muted">
          合计 {total} {unit}
        </Text>
      </View>
      {total === 0 ? <Text className="muted">本期没有记录</Text> : <BarChart id={id} bars={rows} color={color} />}
      <View className="desk-table">
        {rows.map((r) => (
          <View
            key={r.label}
            className={`desk-table__row ${r.link ? 'desk-table__row--link' : ''}`}
            onClick={() => r.link && openLink(r.link)}
          >
            <Text className="desk-table__cell desk-table__cell--name">{r.label}</Text>
            <Text className="desk-table__cell desk-table__cell--num">
              {r.value} {unit}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
