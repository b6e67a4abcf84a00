import { ARTICLE_IMAGE_URL_PATTERN, articleHtmlToPlainText } from '@wuxie/shared';
import sanitizeHtml from 'sanitize-html';

const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/**
 * The allow-list for article bodies. Anything not listed is dropped: tags (their text kept),
 * attributes (style, class, on*), and the contents of script/style/svg/math-like containers.
 * Links keep only absolute http(s) hrefs; images only our own upload URLs.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'br',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  // Dropped together with everything inside them, not just unwrapped.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'svg',
    'math',
    'iframe',
    'object',
    'embed',
    'template',
    'title',
    'xmp',
    'noembed',
    'noframes',
  ],
  transformTags: {
    // The decoded href (entities like &#x09; already resolved) must be a plain http(s) URL.
    a: (tagName, attribs) => {
      const href = attribs.href?.trim() ?? '';
      const kept: sanitizeHtml.Attributes = HTTP_URL.test(href) ? { href, rel: 'noopener noreferrer' } : {};
      return { tagName, attribs: kept };
    },
    img: (tagName, attribs) => {
      const src = attribs.src?.trim() ?? '';
      const kept: Record<string, string> = ARTICLE_IMAGE_URL_PATTERN.test(src) ? { src } : {};
      if (attribs.alt !== undefined) kept.alt = attribs.alt.slice(0, 100);
      return { tagName, attribs: kept };
    },
    td: numericSpans,
    th: numericSpans,
  },
  // An <img> whose src was refused has nothing to show: drop the element.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

function numericSpans(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const kept: Record<string, string> = {};
  for (const name of ['colspan', 'rowspan'] as const) {
    const value = attribs[name];
    if (value !== undefined && /^[1-9]\d?$/.test(value)) kept[name] = value;
  }
  return { tagName, attribs: kept };
}

/** The article body as stored and served: only allow-listed markup survives. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of a sanitised body, for the summary. */
export function articlePlainText(sanitized: string): string {
  return articleHtmlToPlainText(sanitized);
}

/** Upload keys an (already sanitised) body and cover refer to, so the uploads can be tied to the article. */
export function referencedUploadKeys(sanitized: string, coverUrl: string | null | undefined): string[] {
  const keys = new Set<string>();
  for (const m of sanitized.matchAll(/<img src="\/api\/uploads\/([A-Za-z0-9_-]+\.(?:jpg|png|webp))"/g)) if (m[1]) keys.add(m[1]);
  if (coverUrl) keys.add(coverUrl.replace('/api/uploads/', ''));
  return [...keys];
}
