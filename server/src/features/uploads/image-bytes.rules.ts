import type { UploadMime } from '@wuxie/shared';

/** What the first bytes say the file really is; null for anything but JPEG, PNG or WebP. */
export function sniffImage(buf: Uint8Array): UploadMime | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length >= 8 && png.every((b, i) => buf[i] === b)) return 'image/png';
  if (buf.length >= 12 && ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

export interface CleanImage {
  bytes: Buffer;
  width: number | null;
  height: number | null;
}

/** Thrown when the bytes start like an image but are not a well-formed one. */
export class MalformedImageError extends Error {}

/**
 * Rewrites the image without metadata that can carry a location or the device: EXIF, XMP, IPTC,
 * comments and text chunks, and anything after the image's end (phones append preview images
 * there, with their own EXIF). Pixel data is copied untouched.
 */
export function stripImageMetadata(buf: Buffer, mime: UploadMime): CleanImage {
  if (mime === 'image/jpeg') return stripJpeg(buf);
  if (mime === 'image/png') return stripPng(buf);
  return stripWebp(buf);
}

function ascii(buf: Uint8Array, at: number, len: number): string {
  return String.fromCharCode(...buf.subarray(at, at + len));
}

function fail(what: string): never {
  throw new MalformedImageError(what);
}

// JPEG markers: APP1 (EXIF/XMP), APP3..APP13 (vendor data, IPTC), COM. APP0 (JFIF), APP2 ICC
// colour profiles and APP14 (Adobe colour transform) are kept: decoders need them.
const DROPPED_JPEG = new Set([0xe1, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xef, 0xfe]);
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function stripJpeg(buf: Buffer): CleanImage {
  const out: Buffer[] = [buf.subarray(0, 2)];
  let width: number | null = null;
  let height: number | null = null;
  let i = 2;
  while (i < buf.length) {
    if (buf[i] !== 0xff) fail('JPEG segment does not start with a marker');
    while (buf[i] === 0xff && i < buf.length) i++;
    const marker = buf[i];
    if (marker === undefined) fail('JPEG ends inside a marker');
    i++;
    if (marker === 0xd9) {
      out.push(Buffer.from([0xff, 0xd9]));
      return { bytes: Buffer.concat(out), width, height };
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push(Buffer.from([0xff, marker]));
      continue;
    }
    if (i + 2 > buf.length) fail('JPEG segment length missing');
    const len = buf.readUInt16BE(i);
    if (len < 2 || i + len > buf.length) fail('JPEG segment runs past the end');
    const segment = buf.subarray(i - 2, i + len);
    const isMpf = marker === 0xe2 && ascii(buf, i + 2, 4) === 'MPF\0';
    if (!DROPPED_JPEG.has(marker) && !isMpf) out.push(segment);
    if (SOF.has(marker) && len >= 7) {
      height = buf.readUInt16BE(i + 3);
      width = buf.readUInt16BE(i + 5);
    }
    i += len;
    if (marker === 0xda) {
      // Entropy-coded data: runs until a marker other than a stuffed 0xFF00 or a restart marker.
      const start = i;
      while (i < buf.length) {
        if (buf[i] === 0xff) {
          const next = buf[i + 1];
          if (next === undefined) fail('JPEG ends inside the image data');
          if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      out.push(buf.subarray(start, i));
    }
  }
  return fail('JPEG has no end marker');
}

const DROPPED_PNG = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function stripPng(buf: Buffer): CleanImage {
  const out: Buffer[] = [buf.subarray(0, 8)];
  let width: number | null = null;
  let height: number | null = null;
  let i = 8;
  while (i + 12 <= buf.length) {
    const len = buf.readUInt32BE(i);
    const type = ascii(buf, i + 4, 4);
    const end = i + 12 + len;
    if (end > buf.length) fail('PNG chunk runs past the end');
    if (type === 'IHDR' && len >= 8) {
      width = buf.readUInt32BE(i + 8);
      height = buf.readUInt32BE(i + 12);
    }
    if (!DROPPED_PNG.has(type)) out.push(buf.subarray(i, end));
    i = end;
    if (type === 'IEND') return { bytes: Buffer.concat(out), width, height };
  }
  return fail('PNG has no IEND chunk');
}

function stripWebp(buf: Buffer): CleanImage {
  const chunks: Buffer[] = [];
  let width: number | null = null;
  let height: number | null = null;
  const riffEnd = Math.min(buf.length, 8 + buf.readUInt32LE(4));
  let i = 12;
  while (i + 8 <= riffEnd) {
    const type = ascii(buf, i, 4);
    const len = buf.readUInt32LE(i + 4);
    const end = i + 8 + len + (len % 2);
    if (i + 8 + len > riffEnd) fail('WebP chunk runs past the end');
    const chunk = Buffer.from(buf.subarray(i, Math.min(end, riffEnd)));
    const data = chunk.subarray(8);
    if (type === 'VP8X' && len >= 10) {
      data[0] = (data[0] ?? 0) & ~(0x08 | 0x04); // no EXIF, no XMP any more
      width = data.readUIntLE(4, 3) + 1;
      height = data.readUIntLE(7, 3) + 1;
    } else if (type === 'VP8 ' && len >= 10 && width === null) {
      width = data.readUInt16LE(6) & 0x3fff;
      height = data.readUInt16LE(8) & 0x3fff;
    } else if (type === 'VP8L' && len >= 5 && width === null) {
      const bits = data.readUInt32LE(1);
      width = (bits & 0x3fff) + 1;
      height = ((bits >> 14) & 0x3fff) + 1;
    }
    if (type !== 'EXIF' && type !== 'XMP ') chunks.push(chunk);
    i = end;
  }
  if (chunks.length === 0) fail('WebP has no image chunk');
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'ascii');
  return { bytes: Buffer.concat([header, body]), width, height };
}
