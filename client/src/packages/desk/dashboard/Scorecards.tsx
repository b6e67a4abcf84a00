import { Text, View } from '@tarojs/components';
import { formatPercent } from '@wuxie/shared/desk';
import type { CompanyScorecard } from '@wuxie/shared/desk';
import { useState } from 'react';
import { go } from '@/lib/nav';
import { openLink } from '../lib/open-link';

const FIRST = 15;

/** Per-company participation and complaint scorecard, most check-ins first. */
export default function Scorecards({ cards }: { cards: readonly CompanyScorecard[] }) {
  const [all, setAll] = useState(false);
  if (cards.length === 0) return <Text className="muted">本期没有会员单位参加活动或被投诉</Text>;
  const shown = all ? cards : cards.slice(0, FIRST);
  return (
    <View className="desk-scroll">
      <View className="desk-table desk-table--wide">
        <View className="desk-table__row desk-table__row--head">
          <Text className="desk-table__cell desk-table__cell--name">会员单位</Text>
          <Text className="desk-table__cell desk-table__cell--num">报名</Text>
          <Text className="desk-table__cell desk-table__cell--num">签到人次</Text>
          <Text className="desk-table__cell desk-table__cell--num">人数</Text>
          <Text className="desk-table__cell desk-table__cell--num">投诉</Text>
          <Text className="desk-table__cell desk-table__cell--num">办结</Text>
          <Text className="desk-table__cell desk-table__cell--num">超时</Text>
          <Text className="desk-table__cell desk-table__cell--num">回访满意</Text>
        </View>
        {shown.map((c) => {
          const s = c.complaints.satisfaction;
          return (
            <View key={c.companyId} className="desk-table__row">
              <Text className="desk-table__cell desk-table__cell--name desk-link" onClick={() => go('memberCompany', { id: c.companyId })}>
                {c.companyName}
              </Text>
              <Text className="desk-table__cell desk-table__cell--num">{c.registrations}</Text>
              <Text className="desk-table__cell desk-table__cell--num">{c.attendances}</Text>
              <Text className="desk-table__cell desk-table__cell--num desk-link" onClick={() => openLink(c.participationLink)}>
                {c.people}
              </Text>
              <Text className="desk-table__cell desk-table__cell--num desk-link" onClick={() => openLink(c.complaintsLink)}>
                {c.complaints.received}
              </Text>
              <Text className="desk-table__cell desk-table__cell--num">{c.complaints.closed}</Text>
              <Text className={`desk-table__cell desk-table__cell--num ${c.complaints.overdue > 0 ? 'desk-warn' : ''}`}>
                {c.complaints.overdue}
              </Text>
              <Text className="desk-table__cell desk-table__cell--num">
                {s.denominator ? `${formatPercent(s.numerator, s.denominator)}（${s.numerator}/${s.denominator}）` : '—'}
              </Text>
            </View>
          );
        })}
      </View>
      {cards.length > FIRST && (
        <Text className="desk-more" onClick={() => setAll(!all)}>
          {all ? '收起' : `显示全部 ${cards.length} 家`}
        </Text>
      )}
    </View>
  );
}
