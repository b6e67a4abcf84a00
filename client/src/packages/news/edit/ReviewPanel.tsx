import { Picker, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ARTICLE_TRANSITIONS, type ArticleAction } from '@wuxie/shared/news';
import type { ArticleActionRequest } from '@wuxie/shared/news';
import { useState } from 'react';
import { beijingDate, beijingToIso } from '@/lib/news';
import { Button } from '@/ui';

interface Props {
  actions: ArticleAction[];
  canPin: boolean;
  pinned: boolean;
  busy: boolean;
  onAct: (request: ArticleActionRequest) => void;
  onPin: (pinned: boolean) => void;
}

const tomorrow = () => beijingDate(new Date(Date.now() + 86_400_000).toISOString());

/** Staff's review steps (publish, schedule, send back with a note, take down, pin) for what the status allows. */
export default function ReviewPanel({ actions, canPin, pinned, busy, onAct, onPin }: Props) {
  const [note, setNote] = useState('');
  const [day, setDay] = useState(tomorrow);
  const [time, setTime] = useState('09:00');
  const has = (a: ArticleAction) => actions.includes(a);

  const unpublish = async () => {
    const ok = await Taro.showModal({
      title: '撤下文章',
      content: '撤下后读者将看不到这篇文章，可以再次发布。',
      confirmText: '撤下',
      confirmColor: '#c8102e',
    });
    if (ok.confirm) onAct({ action: 'unpublish', ...(note.trim() ? { note: note.trim() } : {}) });
  };

  if (actions.length === 0 && !canPin) return null;
  return (
    <View className="card section review-panel">
      <Text className="draft-form__label">审核</Text>
      {(has('return') || has('publish')) && (
        <Textarea
          name="reviewNote"
          className="review-panel__note"
          value={note}
          maxlength={500}
          placeholder="审核意见（退回时必填，会通知作者）"
          onInput={(e) => setNote(e.detail.value)}
        />
      )}
      <View className="review-panel__buttons">
        {has('publish') && (
          <Button
            type="primary"
            disabled={busy}
            className="review-publish"
            onClick={() => onAct({ action: 'publish', ...(note.trim() ? { note: note.trim() } : {}) })}
          >
            {ARTICLE_TRANSITIONS.publish.label}
          </Button>
        )}
        {has('return') && (
          <Button type="warning" disabled={busy} className="review-return" onClick={() => onAct({ action: 'return', note: note.trim() })}>
            {ARTICLE_TRANSITIONS.return.label}
          </Button>
        )}
        {has('unpublish') && (
          <Button disabled={busy} onClick={() => void unpublish()}>
            {ARTICLE_TRANSITIONS.unpublish.label}
          </Button>
        )}
        {canPin && (
          <Button disabled={busy} onClick={() => onPin(!pinned)}>
            {pinned ? '取消置顶' : '置顶'}
          </Button>
        )}
      </View>
      {has('schedule') && (
        <View className="review-panel__schedule">
          <Text className="muted">定时发布：</Text>
          <Picker mode="date" value={day} start={beijingDate(new Date().toISOString())} onChange={(e) => setDay(e.detail.value)}>
            <Text className="review-panel__pick">{day}</Text>
          </Picker>
          <Picker mode="time" value={time} onChange={(e) => setTime(e.detail.value)}>
            <Text className="review-panel__pick">{time}</Text>
          </Picker>
          <Button
            size="small"
            disabled={busy}
            onClick={() => onAct({ action: 'schedule', publishAt: beijingToIso(day, time), ...(note.trim() ? { note: note.trim() } : {}) })}
          >
            {ARTICLE_TRANSITIONS.schedule.label}
          </Button>
        </View>
      )}
    </View>
  );
}
