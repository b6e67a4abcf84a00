import { Image, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS, type ArticleCategory } from '@wuxie/shared/news';
import { useState } from 'react';
import { messageOf } from '@/api/errors';
import { chooseImages, uploadImage } from '@/api/files';
import type { FieldErrors } from '@/lib/form';
import { uploadSrc } from '@/lib/news';
import { Button, Input } from '@/ui';

/** What the simple editor holds: the body is editor text (see shared article-text), not HTML. */
export interface DraftValues {
  title: string;
  category: ArticleCategory;
  summary: string;
  coverUrl: string | null;
  text: string;
  bylineCorrespondent: string;
  bylineReporter: string;
}

interface Props {
  values: DraftValues;
  errors: FieldErrors<DraftValues & { bodyHtml: string }>;
  onChange: (patch: Partial<DraftValues>) => void;
}

/** Title, category, cover, body (one paragraph per line, images inserted as lines) and bylines. */
export default function DraftForm({ values, errors, onChange }: Props) {
  // Images just uploaded are shown through their signed preview URL: unpublished uploads are not public.
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [uploading, setUploading] = useState(false);

  const upload = async (purpose: 'cover' | 'article_image') => {
    const [image] = await chooseImages(1);
    if (!image) return;
    setUploading(true);
    try {
      // The chosen File goes up in H5 (its blob: path cannot be uploaded); uploads refresh an expired session like any call.
      const info = await uploadImage(image, purpose);
      setPreviews((p) => ({ ...p, [info.url]: info.previewUrl }));
      if (purpose === 'cover') onChange({ coverUrl: info.url });
      else onChange({ text: `${values.text.trimEnd()}\n![图片](${info.url})\n` });
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    } finally {
      setUploading(false);
    }
  };

  const coverSrc = values.coverUrl ? (previews[values.coverUrl] ?? uploadSrc(values.coverUrl, WUXIE_API_BASE)) : undefined;
  return (
    <View className="card section draft-form">
      <Text className="draft-form__label">标题</Text>
      <Input
        name="title"
        className="draft-form__input"
        placeholder="2–80 个字"
        value={values.title}
        maxLength={80}
        onChange={(v) => onChange({ title: v })}
      />
      {errors.title && <Text className="field-error">{errors.title}</Text>}

      <Text className="draft-form__label">栏目</Text>
      <View className="draft-form__chips">
        {ARTICLE_CATEGORIES.map((c) => (
          <Text key={c} className={`draft-chip ${values.category === c ? 'draft-chip--on' : ''}`} onClick={() => onChange({ category: c })}>
            {ARTICLE_CATEGORY_LABELS[c]}
          </Text>
        ))}
      </View>

      <Text className="draft-form__label">封面（可选）</Text>
      <View className="draft-form__cover">
        {coverSrc && <Image className="draft-form__cover-img" src={coverSrc} mode="aspectFill" />}
        <Button size="small" disabled={uploading} onClick={() => void upload('cover')}>
          {values.coverUrl ? '更换封面' : '上传封面'}
        </Button>
        {values.coverUrl && (
          <Button size="small" fill="none" onClick={() => onChange({ coverUrl: null })}>
            去掉封面
          </Button>
        )}
      </View>
      {errors.coverUrl && <Text className="field-error">{errors.coverUrl}</Text>}

      <Text className="draft-form__label">正文</Text>
      <Text className="muted draft-form__hint">一行一段；“## ”开头为小标题，“- ”开头为列表，**文字** 加粗。</Text>
      <Textarea
        name="body"
        className="draft-form__body"
        value={values.text}
        maxlength={-1}
        placeholder="在这里写正文……"
        onInput={(e) => onChange({ text: e.detail.value })}
      />
      <Button size="small" disabled={uploading} onClick={() => void upload('article_image')}>
        {uploading ? '上传中…' : '插入图片'}
      </Button>
      {errors.bodyHtml && <Text className="field-error">{errors.bodyHtml}</Text>}

      <Text className="draft-form__label">摘要（可选，不填则取正文开头）</Text>
      <Input
        name="summary"
        className="draft-form__input"
        value={values.summary}
        maxLength={200}
        onChange={(v) => onChange({ summary: v })}
      />

      <View className="draft-form__bylines">
        <View className="draft-form__byline">
          <Text className="draft-form__label">通讯员</Text>
          <Input
            name="bylineCorrespondent"
            className="draft-form__input"
            value={values.bylineCorrespondent}
            maxLength={40}
            onChange={(v) => onChange({ bylineCorrespondent: v })}
          />
        </View>
        <View className="draft-form__byline">
          <Text className="draft-form__label">记者</Text>
          <Input
            name="bylineReporter"
            className="draft-form__input"
            value={values.bylineReporter}
            maxLength={40}
            onChange={(v) => onChange({ bylineReporter: v })}
          />
        </View>
      </View>
    </View>
  );
}
