import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  ARTICLE_STATUS_LABELS,
  availableActions,
  canEditArticle,
  canPin,
  type ArticleAction,
  articleHtmlToPlainText,
  articleHtmlToText,
  articleTextToHtml,
  summarizeArticle,
  articleActionRequestSchema,
  articleDraftSchema,
  newsApi,
  type ArticleActionRequest,
  type DeskArticle,
} from '@wuxie/shared/news';
import { useLayoutEffect, useState } from 'react';
import { api } from '@/api';
import { messageOf } from '@/api/errors';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { EmptyState, ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { serverFieldErrors, validateForm, type FieldErrors } from '@/lib/form';
import { go } from '@/lib/nav';
import { routeUrl } from '@/routes';
import { useSession } from '@/stores';
import { Button } from '@/ui';
import DraftForm, { type DraftValues } from './DraftForm';
import History from './History';
import ReviewPanel from './ReviewPanel';
import './index.css';

// Without an id the page writes a new draft; with one it opens that article.
const EDIT_PARAMS = newsApi.getDeskArticle.params.partial();

const EMPTY: DraftValues = {
  title: '',
  category: 'industry',
  summary: '',
  coverUrl: null,
  text: '',
  bylineCorrespondent: '',
  bylineReporter: '',
};

function valuesOf(a: DeskArticle): DraftValues {
  return {
    title: a.title,
    category: a.category,
    // A summary the server took from the body is left empty here, so it follows later edits of the body.
    summary: a.summary === summarizeArticle(articleHtmlToPlainText(a.bodyHtml)) ? '' : a.summary,
    coverUrl: a.coverUrl,
    text: articleHtmlToText(a.bodyHtml),
    bylineCorrespondent: a.bylineCorrespondent,
    bylineReporter: a.bylineReporter,
  };
}

const DONE: Partial<Record<ArticleAction, string>> = {
  submit: '已提交审核',
  withdraw: '已撤回',
  publish: '已发布',
  schedule: '已设定定时发布',
  return: '已退回作者',
  unpublish: '已撤下',
};

/** One article on the desk: the simple editor for who may edit it, and the steps its status allows. */
export default function NewsEditPage() {
  const access = useRouteGuard('newsEdit');
  const session = useSession();
  const route = useRouteParams(EDIT_PARAMS);
  const routeId = route.ok ? (route.params.id ?? null) : null;
  const resource = useResource(() => api.call(newsApi.getDeskArticle, { params: { id: routeId ?? 0 } }), [routeId, session?.user.id], {
    enabled: routeId !== null && access === 'allow',
    // Coming back from the article must not throw away what is being typed.
    reloadOnShow: false,
  });
  const article = resource.data ?? null;
  const [values, setValues] = useState<DraftValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<DraftValues & { bodyHtml: string }>>({});
  const [busy, setBusy] = useState(false);

  // The form shows each article as loaded or saved; before paint, so the fields never flash empty.
  useLayoutEffect(() => {
    if (resource.data) setValues(valuesOf(resource.data));
  }, [resource.data]);
  const adopt = (a: DeskArticle) => resource.set(a);
  /** Shows the result of a step; a new draft moves to its own address, so reloading the page finds it again. */
  const settle = (a: DeskArticle) => {
    adopt(a);
    if (!routeId) void Taro.redirectTo({ url: routeUrl('newsEdit', { id: a.id }) });
  };
  // A new draft starts with the writer's name in the byline they write under.
  const bylineWriter = routeId === null && session ? session.user : null;
  const [bylineFor, setBylineFor] = useState<number | null>(null);
  if (bylineWriter && bylineWriter.id !== bylineFor) {
    setBylineFor(bylineWriter.id);
    const asCorrespondent = bylineWriter.roles.includes('correspondent');
    setValues((v) => ({
      ...v,
      bylineCorrespondent: asCorrespondent ? bylineWriter.name : '',
      bylineReporter: asCorrespondent ? '' : bylineWriter.name,
    }));
  }

  if (access === 'forbidden')
    return (
      <PageShell>
        <EmptyState title="没有采编权限" description="只有通讯员和协会工作人员可以写稿" />
      </PageShell>
    );
  if (access !== 'allow' || !session)
    return (
      <PageShell>
        <AccessState route="newsEdit" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  if (routeId && !article)
    return (
      <PageShell>
        <ResourceState resource={resource} rows={3}>
          {() => null}
        </ResourceState>
      </PageShell>
    );

  const viewer = { userId: session.user.id, roles: session.user.roles };
  const editable = !article || canEditArticle(article, viewer);
  const actions = article ? availableActions(article, viewer) : [];
  const authorSteps = actions.filter((a) => a === 'submit' || a === 'withdraw');
  const reviewSteps = actions.filter((a) => a !== 'submit' && a !== 'withdraw');

  /** Saves the form; returns the saved article, or null when it needs fixing. */
  const save = async (): Promise<DeskArticle | null> => {
    const checked = validateForm(articleDraftSchema, { ...values, bodyHtml: articleTextToHtml(values.text) });
    if (!checked.ok) {
      setErrors(checked.errors);
      void Taro.showToast({ title: '请按提示修改后再保存', icon: 'none' });
      return null;
    }
    try {
      const saved = article
        ? await api.call(newsApi.updateDraft, { params: { id: article.id }, body: checked.data })
        : await api.call(newsApi.createDraft, { body: checked.data });
      adopt(saved);
      setErrors({});
      return saved;
    } catch (err) {
      setErrors(serverFieldErrors<DraftValues & { bodyHtml: string }>(err, ['title', 'category', 'coverUrl', 'bodyHtml', 'summary']));
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
      return null;
    }
  };

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const saveAndSay = async () => {
    const saved = await save();
    if (!saved) return;
    settle(saved);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  const act = (request: ArticleActionRequest) =>
    run(async () => {
      const checked = articleActionRequestSchema.safeParse(request);
      if (!checked.success) {
        void Taro.showToast({ title: checked.error.issues[0]?.message ?? '请检查后再试', icon: 'none' });
        return;
      }
      // Text changed in the form goes with the step (submitting, or staff publishing their edits).
      const saved = editable ? await save() : article;
      if (!saved) return;
      try {
        settle(await api.call(newsApi.actOnArticle, { params: { id: saved.id }, body: checked.data }));
        void Taro.showToast({ title: DONE[request.action] ?? '已完成', icon: 'success' });
      } catch (err) {
        void Taro.showToast({ title: messageOf(err), icon: 'none' });
        if (routeId) void resource.reload();
        else settle(saved);
      }
    });

  const pin = (pinned: boolean) =>
    run(async () => {
      if (!article) return;
      try {
        adopt(await api.call(newsApi.pinArticle, { params: { id: article.id }, body: { pinned } }));
        void Taro.showToast({ title: pinned ? '已置顶' : '已取消置顶', icon: 'success' });
      } catch (err) {
        void Taro.showToast({ title: messageOf(err), icon: 'none' });
      }
    });

  return (
    <PageShell className="news-edit">
      {article && (
        <View className="card section edit-status">
          <Text className={`chip desk-status desk-status--${article.status}`}>{ARTICLE_STATUS_LABELS[article.status]}</Text>
          <Text className="muted">作者 {article.author.name}</Text>
          {article.status === 'published' && (
            <Text className="edit-status__link" onClick={() => go('newsArticle', { id: article.id })}>
              查看文章
            </Text>
          )}
          {article.reviewNote && <Text className="edit-status__note">编辑意见：{article.reviewNote}</Text>}
        </View>
      )}
      {editable ? (
        <DraftForm values={values} errors={errors} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      ) : (
        <View className="card section">
          <Text className="hint">
            稿件{ARTICLE_STATUS_LABELS[article.status]}，暂不能修改
            {authorSteps.includes('withdraw') ? '；如需修改请先撤回' : ''}。
          </Text>
        </View>
      )}
      <View className="edit-actions section">
        {editable && (
          <Button disabled={busy} className="edit-save" onClick={() => void run(saveAndSay)}>
            保存
          </Button>
        )}
        {(!article || authorSteps.includes('submit')) && (
          <Button type="primary" disabled={busy} className="edit-submit" onClick={() => void act({ action: 'submit' })}>
            提交审核
          </Button>
        )}
        {authorSteps.includes('withdraw') && (
          <Button disabled={busy} onClick={() => void act({ action: 'withdraw' })}>
            撤回修改
          </Button>
        )}
      </View>
      {article && (
        <ReviewPanel
          actions={reviewSteps}
          canPin={canPin(article, viewer)}
          pinned={article.pinned}
          busy={busy}
          onAct={(r) => void act(r)}
          onPin={(p) => void pin(p)}
        />
      )}
      {article && <History entries={article.history} />}
    </PageShell>
  );
}
