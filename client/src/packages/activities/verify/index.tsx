import { Text, View } from '@tarojs/components';
import { ACTIVITY_TYPE_LABELS, activitiesApi, certificateNoSchema, type CertificateVerification } from '@wuxie/shared/activities';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { api } from '@/api';
import { messageOf } from '@/api/errors';
import PageShell from '@/components/PageShell';
import { RouteState } from '@/components/StateView';
import { useRouteParams } from '@/hooks/use-route-params';
import { Button, Input, Kv } from '@/ui';
import '../activities.css';

// A certificate's QR or link opens the page with its number (checked below, like a typed one); without one the form is empty.
const VERIFY_PARAMS = z.object({ no: z.string().optional() });

/** 证书查验: anyone, without logging in, checks a certificate number; the holder's name is partly hidden. */
export default function VerifyPage() {
  const route = useRouteParams(VERIFY_PARAMS);
  // Already decoded by useRouteParams.
  const initial = route.ok ? (route.params.no ?? '') : '';
  const [no, setNo] = useState(initial);
  const [result, setResult] = useState<CertificateVerification | null>(null);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const check = async (value: string) => {
    const parsed = certificateNoSchema.safeParse(value);
    setResult(null);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      setResult(await api.call(activitiesApi.verifyCertificate, { params: { certificateNo: parsed.data } }));
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (initial) void check(initial);
  }, [initial]);

  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="section card">
        <View className="ad-field">
          <Text className="ad-label">证书编号</Text>
          <Input
            name="certificateNo"
            className="ad-input"
            placeholder="如 ZS202400120007"
            value={no}
            onChange={(v) => setNo(v)}
            clearable
          />
        </View>
        <Button type="primary" block loading={busy} className="verify-submit" onClick={() => void check(no)}>
          查验
        </Button>
      </View>
      {problem && (
        <View className="section card checkin-result checkin-result--bad">
          <Text className="checkin-result__msg">未通过查验</Text>
          <Text className="hint">{problem}</Text>
        </View>
      )}
      {result && (
        <View className="section card checkin-result checkin-result--ok verify-result">
          <Text className="checkin-result__msg">证书有效</Text>
          <Kv k="证书编号" v={result.certificateNo} />
          <Kv k="持证人" v={result.holderName} />
          <Kv k="项目" v={`${result.activityTitle}（${ACTIVITY_TYPE_LABELS[result.activityType]}）`} />
          <Kv k="考试日期" v={result.examDate} />
          <Kv k="发证日期" v={result.issuedAt} />
          <Text className="muted">由淮南市物业管理协会核发；如有疑问请联系协会核实。</Text>
        </View>
      )}
    </PageShell>
  );
}
