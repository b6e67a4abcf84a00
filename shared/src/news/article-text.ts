/**
 * The simple editor's text format, turned into article HTML and back. One line is one paragraph;
 * `## ` and `### ` start headings, `- ` starts a list item, `![说明](/api/uploads/…)` on its own
 * line is an image, and `**…**` is bold. The server sanitises whatever HTML arrives anyway.
 */

const IMAGE_LINE = /^!\[([^\]]*)\]\((\S+)\)$/;

/** Escapes text for HTML element content and attribute values. */
export function escapeArticleHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  return escapeArticleHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

/** Editor text → article HTML. */
export function articleTextToHtml(text: string): string {
  const out: string[] = [];
  let list: string[] = [];
  const flushList = () => {
    if (list.length > 0) out.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('- ')) {
      list.push(inline(line.slice(2).trim()));
      continue;
    }
    flushList();
    if (line === '') continue;
    const image = IMAGE_LINE.exec(line);
    if (image) out.push(`<p><img src="${escapeArticleHtml(image[2] ?? '')}" alt="${escapeArticleHtml(image[1] ?? '')}"></p>`);
    else if (line.startsWith('### ')) out.push(`<h3>${inline(line.slice(4).trim())}</h3>`);
    else if (line.startsWith('## ')) out.push(`<h2>${inline(line.slice(3).trim())}</h2>`);
    else out.push(`<p>${inline(line)}</p>`);
  }
  flushList();
  return out.join('');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the entities article HTML contains (named basics and numeric ones). */
export function decodeArticleEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return decodeArticleEntities(m?.[2] ?? m?.[3] ?? m?.[4] ?? '');
}

/**
 * Article HTML → editor text, best effort: paragraphs, headings, list items, images and bold
 * survive; other markup (tables, links) is reduced to its text.
 */
export function articleHtmlToText(html: string): string {
  const marked = html
    .replace(/<img\b[^>]*>/gi, (tag) => `\n![${attr(tag, 'alt')}](${attr(tag, 'src')})\n`)
    .replace(/<h2\b[^>]*>/gi, '\n## ')
    .replace(/<h[34]\b[^>]*>/gi, '\n### ')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(strong|b)\b[^>]*>/gi, '**')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|blockquote|tr|div)>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeArticleEntities(marked)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '-' && line !== '##' && line !== '###')
    .join('\n');
}

/** Plain text of article HTML (for summaries and search snippets). */
export function articleHtmlToPlainText(html: string): string {
  return decodeArticleEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A summary: the first sentences of the text, cut at `max` characters. */
export function summarizeArticle(plainText: string, max = 80): string {
  const chars = Array.from(plainText);
  return chars.length <= max ? plainText : `${chars.slice(0, max).join('')}…`;
}

/** What the writer is told when the body shows a reader nothing once sanitised. */
export const ARTICLE_BODY_EMPTY_MESSAGE = '正文不能为空（仅包含不允许的内容时会被清除）';

/** Spaces of every kind and the zero-width characters: typed, they still show nothing. */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * Whether article HTML shows a reader nothing: no text and no image. Empty tags, whitespace and
 * `&nbsp;` are nothing; an <img> with a src is something (the sanitiser keeps only our uploads).
 */
export function isArticleBodyEmpty(html: string): boolean {
  if (/<img\b[^>]*\ssrc\s*=\s*["']?[^\s"'>]/i.test(html)) return false;
  return articleHtmlToPlainText(html).replace(INVISIBLE, '') === '';
}
