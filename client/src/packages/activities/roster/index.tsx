import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  EXAM_RESULT_LABELS,
  REGISTRATION_STATUSES,
  REGISTRATION_STATUS_LABELS,
  activitiesApi,
  examScoreSchema,
  formatChinaDateTime,
} from '@wuxie/shared/activities';
import type { ExamResult, RegistrationStatus, RosterEntry } from '@wuxie/shared/activities';
import { useState } from 'react';
import { api } from '@/api';
import { pickExcel } from '@/api/files';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { Button, Input } from '@/ui';
import { toastError } from '@/ui/feedback';
import '../activities.css';

function ResultEntry({ entry, onSaved }: { entry: RosterEntry; onSaved: () => void }) {
  const [score, setScore] = useState(entry.score === null ? '' : String(entry.score));
  const save = async (result: ExamResult) => {
    const parsed = score.trim() === '' ? null : examScoreSchema.safeParse(Number(score));
    if (parsed && !parsed.success) {
      void Taro.showToast({ title: parsed.error.issues[0]?.message ?? '分数不正确', icon: 'none' });
      return;
    }
    try {
      const saved = await api.call(activitiesApi.recordResult, {
        params: { id: entry.id },
        body: { result, score: parsed ? parsed.data : null },
      });
      void Taro.showToast({
        title: saved.certificateNo && result === 'passed' ? `已登记，证书编号 ${saved.certificateNo}` : '已登记',
        icon: 'none',
        duration: 3000,
      });
      onSaved();
    } catch (err) {
      toastError(err);
    }
  };
  return (
    <View className="roster-result">
      <Input name={`score-${entry.id}`} className="roster-score" type="digit" placeholder="分数" value={score} onChange={setScore} />
      <Button
        size="small"
        type={entry.result === 'passed' ? 'primary' : 'default'}
        className="roster-pass"
        onClick={() => void save('passed')}
      >
        合格
      </Button>
      <Button size="small" type={entry.result === 'failed' ? 'primary' : 'default'} onClick={() => void save('failed')}>
        不合格
      </Button>
    </View>
  );
}

/** 名单与成绩 (staff): who registered, waits, checked in; exam results one by one or from the Excel roster. */
export default function RosterPage() {
  const access = useRouteGuard('activityRoster');
  const route = useRouteParams(activitiesApi.getRoster.params);
  const id = route.ok ? route.params.id : 0;
  const [status, setStatus] = useState<RegistrationStatus | undefined>('confirmed');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const options = { enabled: access === 'allow' && route.ok };
  // The heading stays while the filters change; only the list below reloads.
  const activity = useResource(() => api.call(activitiesApi.getActivity, { params: { id } }), [id], options);
  const roster = useResource(
    () => api.call(activitiesApi.getRoster, { params: { id }, query: { status, q: search || undefined } }),
    [id, status, search],
    options,
  );
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="activityRoster" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );

  const find = () => {
    if (q.trim() === search) void roster.reload();
    else setSearch(q.trim());
  };
  const importFile = async () => {
    try {
      const res = await api.upload(activitiesApi.importResults, await pickExcel(), { params: { id } });
      const firstFailure = res.rows.find((r) => !r.ok);
      await Taro.showModal({
        title: '导入完成',
        content: `登记 ${res.updated} 人，新发证书 ${res.certificatesIssued} 张，失败 ${res.failed} 行。${firstFailure ? `\n${firstFailure.message}` : ''}`,
        showCancel: false,
      });
      await roster.reload();
    } catch (err) {
      toastError(err);
    }
  };
  const exportFile = () => void api.download(activitiesApi.exportRoster, `报名名单-${id}.xlsx`, { params: { id } }).catch(toastError);

  return (
    <PageShell>
      <ResourceState resource={activity} rows={1}>
        {(a) => (
          <View className="section card">
            <Text className="ad-title">{a.title}</Text>
            <Text className="muted">
              报名成功 {a.confirmedCount}/{a.capacity}
            </Text>
            <View className="ad-row-actions">
              <Button size="small" onClick={exportFile}>
                导出 Excel
              </Button>
              {a.type === 'exam' && (
                <Button size="small" onClick={() => void importFile()}>
                  导入成绩 Excel
                </Button>
              )}
            </View>
            {a.type === 'exam' && (
              <Text className="muted">导出名单后在“考试结果”“分数”两列填写（合格/不合格），再导入；也可以在下面逐个登记。</Text>
            )}
          </View>
        )}
      </ResourceState>
      <View className="section card ad-filters">
        <View className="ad-chips">
          {REGISTRATION_STATUSES.map((s) => (
            <Text key={s} className={`ad-chip ${status === s ? 'ad-chip--on' : ''}`} onClick={() => setStatus(s)}>
              {REGISTRATION_STATUS_LABELS[s]}
            </Text>
          ))}
          <Text className={`ad-chip ${status === undefined ? 'ad-chip--on' : ''}`} onClick={() => setStatus(undefined)}>
            全部
          </Text>
        </View>
        <Input name="q" className="ad-input" placeholder="按姓名或手机号查找" value={q} onChange={setQ} onConfirm={find} />
      </View>
      <ResourceState resource={roster} rows={3}>
        {(data) => {
          const exam = data.activity.type === 'exam';
          return (
            <View className="stack section">
              {data.items.length === 0 && <Text className="muted">没有符合条件的报名</Text>}
              {data.items.map((e) => (
                <View key={e.id} className="card roster-item" data-registration-id={e.id}>
                  <View className="roster-item__head">
                    <Text className="roster-item__name">{e.name}</Text>
                    <Text className="muted">
                      {REGISTRATION_STATUS_LABELS[e.status]}
                      {e.waitlistPosition !== null ? ` 第 ${e.waitlistPosition} 位` : ''}
                    </Text>
                  </View>
                  <Text className="muted">{[e.companyName, e.phone].filter(Boolean).join(' · ')}</Text>
                  {Object.entries(e.extra).map(([k, v]) => (
                    <Text key={k} className="muted">
                      {v}
                    </Text>
                  ))}
                  <Text className="muted">{e.checkedInAt ? `已签到 ${formatChinaDateTime(new Date(e.checkedInAt))}` : '未签到'}</Text>
                  {e.result && (
                    <Text className="muted">
                      {EXAM_RESULT_LABELS[e.result]}
                      {e.score !== null ? ` ${e.score} 分` : ''}
                      {e.certificateNo ? ` · 证书 ${e.certificateNo}` : ''}
                    </Text>
                  )}
                  {exam && e.status === 'confirmed' && <ResultEntry entry={e} onSaved={() => void roster.reload()} />}
                </View>
              ))}
            </View>
          );
        }}
      </ResourceState>
    </PageShell>
  );
}
