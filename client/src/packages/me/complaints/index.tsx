import MyComplaints from '@/components/ComplaintCard/MyComplaints';
import PageShell from '@/components/PageShell';
import { ListSkeleton } from '@/components/StateView';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useSession } from '@/stores';

/** 我的投诉: the resident's own complaints, as on the 投诉 tab. */
export default function MyComplaintsPage() {
  const access = useRouteGuard('myComplaints');
  const session = useSession();
  if (access !== 'allow' || !session)
    return (
      <PageShell>
        <ListSkeleton rows={3} />
      </PageShell>
    );
  return (
    <PageShell>
      <MyComplaints userId={session.user.id} description="在“投诉”页提交的投诉会显示在这里，可查看受理、办理和回访进度" offerFiling />
    </PageShell>
  );
}
