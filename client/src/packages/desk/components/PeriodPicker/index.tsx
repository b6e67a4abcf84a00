import { Picker, Text, View } from '@tarojs/components';
import { DESK_PERIOD_KINDS, DESK_PERIOD_LABELS } from '@wuxie/shared/desk';
import { yearOptions, type PeriodChoice } from '../../lib/period';
import './index.css';

interface Props {
  value: PeriodChoice;
  today: string;
  onChange: (next: PeriodChoice) => void;
}

/** 统计期间: the whole year, a half, or any range of days. */
export default function PeriodPicker({ value, today, onChange }: Props) {
  const years = yearOptions(today);
  return (
    <View className="period-picker">
      <View className="period-picker__kinds">
        {DESK_PERIOD_KINDS.map((kind) => (
          <Text
            key={kind}
            className={`period-picker__kind ${value.kind === kind ? 'period-picker__kind--on' : ''}`}
            onClick={() => onChange({ ...value, kind })}
          >
            {DESK_PERIOD_LABELS[kind]}
          </Text>
        ))}
      </View>
      {value.kind === 'custom' ? (
        <View className="period-picker__range">
          <Picker mode="date" value={value.from} end={value.to} onChange={(e) => onChange({ ...value, from: e.detail.value })}>
            <Text className="period-picker__pick period-picker__from">{value.from}</Text>
          </Picker>
          <Text className="muted">至</Text>
          <Picker mode="date" value={value.to} start={value.from} onChange={(e) => onChange({ ...value, to: e.detail.value })}>
            <Text className="period-picker__pick period-picker__to">{value.to}</Text>
          </Picker>
        </View>
      ) : (
        <View className="period-picker__range">
          <Picker
            mode="selector"
            range={years.map((y) => `${y} 年`)}
            value={Math.max(0, years.indexOf(value.year))}
            onChange={(e) => onChange({ ...value, year: years[Number(e.detail.value)] ?? value.year })}
          >
            <Text className="period-picker__pick period-picker__year">{value.year} 年 ▾</Text>
          </Picker>
        </View>
      )}
    </View>
  );
}
