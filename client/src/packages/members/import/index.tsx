import { Text, View } from '@tarojs/components';
import { MEMBER_IMPORT_SHEETS, membersApi, type MemberImportResult } from '@wuxie/shared/members';
import { useState } from 'react';
import { api } from '@/api';
import { pickExcel, type PickedFile } from '@/api/files';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';

import { useRouteGuard } from '@/hooks/use-route-guard';
import { Button } from '@/ui';
import { toastError } from '@/ui/feedback';
import '../members.css';

const ACTION_LABELS = { created: '新增', updated: '更新', unchanged: '无变化' } as const;

function Tally({ label, t }: { label: string; t: MemberImportResult['companies'] }) {
  return (
    <View>
      <Text className="muted">
        {label}：新增 {t.created}，更新 {t.updated}，无变化 {t.unchanged}，
        <Text className={t.failed ? 'mb-result--bad' : ''}>失败 {t.failed}</Text>
      </Text>
    </View>
  );
}

/** Excel 导入 (staff): download the template, pick the filled-in sheet, read the result row by row. */
export default function ImportPage() {
  const access = useRouteGuard('memberImport');
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [result, setResult] = useState<MemberImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [onlyFailed, setOnlyFailed] = useState(false);
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="memberImport" access={access} />
      </PageShell>
    );

  const choose = async () => {
    try {
      setPicked(await pickExcel());
      setResult(null);
    } catch (err) {
      toastError(err);
    }
  };
  const send = async () => {
    if (!picked) return;
    setBusy(true);
    try {
      setResult(await api.upload(membersApi.importMembers, picked));
    } catch (err) {
      toastError(err);
    } finally {
      setBusy(false);
    }
  };
  const rows = result ? result.rows.filter((r) => !onlyFailed || !r.ok) : [];
  return (
    <PageShell>
      <View className="section card">
        <Text className="section-title">1. 下载模板</Text>
        <Text className="muted">
          “{MEMBER_IMPORT_SHEETS.companies.name}”表按统一社会信用代码新增或更新单位；“{MEMBER_IMPORT_SHEETS.communities.name}
          ”表按名称+区县新增或更新小区，管理单位填信用代码或全称。同一个文件重复导入不会产生重复记录。
        </Text>
        <View className="mb-toolbar section">
          <Button
            size="small"
            className="mb-template"
            onClick={() => void api.download(membersApi.importTemplate, '会员单位导入模板.xlsx').catch(toastError)}
          >
            下载导入模板
          </Button>
        </View>
      </View>
      <View className="section card">
        <Text className="section-title">2. 选择填好的 Excel 并导入</Text>
        <Text className="muted">
          {picked ? `已选择：${picked.name}` : process.env.TARO_ENV === 'weapp' ? '从微信聊天中选择 .xlsx 文件' : '选择电脑上的 .xlsx 文件'}
        </Text>
        <View className="mb-toolbar section">
          <Button size="small" className="mb-pick-file" onClick={() => void choose()}>
            选择文件
          </Button>
          <Button size="small" type="primary" disabled={!picked} loading={busy} className="mb-upload" onClick={() => void send()}>
            开始导入
          </Button>
        </View>
      </View>
      {result && (
        <View className="section card mb-import-result">
          <Text className="section-title">导入结果</Text>
          <Tally label="会员单位" t={result.companies} />
          <Tally label="小区" t={result.communities} />
          <View>
            <Text className="muted">出错的行没有保存，其余行已保存；改正后可以把整个文件再导入一次。</Text>
          </View>
          <View className="mb-chips section">
            <Text className={`mb-chip ${!onlyFailed ? 'mb-chip--on' : ''}`} onClick={() => setOnlyFailed(false)}>
              全部 {result.rows.length} 行
            </Text>
            <Text className={`mb-chip ${onlyFailed ? 'mb-chip--on' : ''}`} onClick={() => setOnlyFailed(true)}>
              只看出错 {result.rows.filter((r) => !r.ok).length} 行
            </Text>
          </View>
          {rows.map((r) => (
            <View key={`${r.sheet}-${r.row}`} className="mb-row" data-row={r.row}>
              <View className="mb-row__main">
                <Text>
                  {MEMBER_IMPORT_SHEETS[r.sheet].name} 第 {r.row} 行 {r.name}
                </Text>
                <Text className={r.ok ? 'mb-result--ok' : 'mb-result--bad'}>
                  {r.ok && r.action ? `${ACTION_LABELS[r.action]}：${r.message}` : r.message}
                </Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  );
}
