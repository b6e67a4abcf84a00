import { ARTICLE_CATEGORY_LABELS, type ArticleCategory } from '@wuxie/shared/news';

/** `YYYY-MM-DD` of an instant, in Beijing time (China has no daylight saving). */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm` of an instant, in Beijing time. */
export function beijingDateTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The ISO instant of a Beijing date and time picked on the phone. */
export function beijingToIso(date: string, time: string): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

/** 通讯员 … 记者 … as the article shows it. */
export function bylineText(a: { bylineCorrespondent: string; bylineReporter: string }): string {
  return [a.bylineCorrespondent && `通讯员 ${a.bylineCorrespondent}`, a.bylineReporter && `记者 ${a.bylineReporter}`]
    .filter(Boolean)
    .join('  ');
}

export function categoryLabel(category: ArticleCategory): string {
  return ARTICLE_CATEGORY_LABELS[category];
}

/** Reads as 1.2万 once they pass ten thousand. */
export function readCountText(n: number): string {
  return n >= 10_000 ? `${(n / 10_000).toFixed(1)}万` : String(n);
}

// rich-text in the mini-program takes no page stylesheet for its nodes, so the body's look is
// written inline; H5 renders the same string.
const INLINE_STYLES: Record<string, string> = {
  p: 'margin:0 0 14px;line-height:1.8;text-align:justify;',
  h2: 'font-size:18px;font-weight:600;margin:20px 0 10px;',
  h3: 'font-size:16px;font-weight:600;margin:16px 0 8px;',
  h4: 'font-size:15px;font-weight:600;margin:14px 0 6px;',
  blockquote: 'margin:0 0 14px;padding:8px 12px;border-left:3px solid #e5e6eb;color:#646a73;',
  ul: 'margin:0 0 14px;padding-left:20px;',
  ol: 'margin:0 0 14px;padding-left:20px;',
  li: 'line-height:1.8;',
  img: 'max-width:100%;height:auto;display:block;margin:8px auto;border-radius:6px;',
  table: 'width:100%;border-collapse:collapse;margin:0 0 14px;font-size:13px;',
  th: 'border:1px solid #e5e6eb;padding:6px;background:#f5f6f8;',
  td: 'border:1px solid #e5e6eb;padding:6px;',
  a: 'color:#1f6fd1;',
};

/**
 * The sanitised body, ready for <RichText nodes>: inline styles per tag, and our upload URLs made
 * absolute (the mini-program has no origin to resolve `/api/uploads/…` against).
 */
export function richTextHtml(bodyHtml: string, apiBase: string): string {
  return bodyHtml
    .replace(
      /<(p|h2|h3|h4|blockquote|ul|ol|li|img|table|th|td|a)(?=[\s>/])/g,
      (_tag, name: string) => `<${name} style="${INLINE_STYLES[name] ?? ''}"`,
    )
    .replace(/src="\/api\/uploads\//g, `src="${apiBase}/api/uploads/`);
}

/** An upload URL as an image tag can load it (absolute in the mini-program). */
export function uploadSrc(url: string | null, apiBase: string): string | undefined {
  if (!url) return undefined;
  return url.startsWith('/') ? `${apiBase}${url}` : url;
}
