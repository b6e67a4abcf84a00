import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createArticle } from '@wuxie/prisma/factories';
import { uploadSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { actOk, file, login, world, type Person } from '../complaints/complaints.test-kit';
import { sniffImage, stripImageMetadata } from './image-bytes.rules';
import { uploadFilePath } from './uploads.service';

const bytes = (...parts: (number[] | string | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.isBuffer(p) ? p : Buffer.from(p))));
const u16 = (n: number) => [n >> 8, n & 0xff];
const segment = (marker: number, payload: Buffer) => bytes([0xff, marker, ...u16(payload.length + 2)], payload);

/** A structurally valid 3×2 baseline JPEG carrying EXIF with a GPS position, a comment and a trailing preview image. */
function jpegWithGps(): Buffer {
  return bytes(
    [0xff, 0xd8],
    segment(0xe0, bytes('JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0])),
    segment(0xe1, bytes('Exif\0\0', 'MM\0*GPSLatitude=32.6255N;GPSLongitude=116.9993E')),
    segment(0xfe, bytes("shot at Tianjia'an, Huainan")),
    segment(0xdb, bytes([0], Buffer.alloc(64, 1))),
    segment(0xc0, bytes([8, ...u16(2), ...u16(3), 1, 1, 0x11, 0])),
    segment(0xc4, bytes([0], Buffer.alloc(16, 0), [0])),
    segment(0xda, bytes([1, 1, 0, 0, 0x3f, 0])),
    [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56],
    [0xff, 0xd9],
    bytes([0xff, 0xd8], segment(0xe1, bytes('Exif\0\0', 'GPSLatitude=32.6255N')), [0xff, 0xd9]),
  );
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  return bytes(len, type, data, [0, 0, 0, 0]);
}

function pngWithText(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(640, 0);
  ihdr.writeUInt32BE(480, 4);
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', ihdr),
    pngChunk('tEXt', bytes('GPS\x00116.99E')),
    pngChunk('eXIf', bytes('MM\0*GPS')),
    pngChunk('IDAT', Buffer.alloc(10)),
    pngChunk('IEND', Buffer.alloc(0)),
  );
}

function webpWithExif(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(data.length);
    return bytes(type, len, data, data.length % 2 ? [0] : []);
  };
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08 | 0x04;
  vp8x.writeUIntLE(799, 4, 3);
  vp8x.writeUIntLE(599, 7, 3);
  const body = bytes(
    'WEBP',
    chunk('VP8X', vp8x),
    chunk('VP8L', bytes([0x2f, 0, 0, 0, 0])),
    chunk('EXIF', bytes('MM\0*GPSLatitude')),
    chunk('XMP ', bytes('<x:xmpmeta/>')),
  );
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return bytes('RIFF', size, body);
}

describe('image bytes', () => {
  it('knows JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(sniffImage(jpegWithGps())).toBe('image/jpeg');
    expect(sniffImage(pngWithText())).toBe('image/png');
    expect(sniffImage(webpWithExif())).toBe('image/webp');
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a'))).toBeNull();
  });

  it('strips EXIF, comments and the trailing preview from a JPEG and keeps the image', () => {
    const clean = stripImageMetadata(jpegWithGps(), 'image/jpeg');
    const text = clean.bytes.toString('latin1');
    expect(text).not.toMatch(/Exif|GPS|Huainan/);
    expect(text).toContain('JFIF');
    expect([clean.width, clean.height]).toEqual([3, 2]);
    expect(clean.bytes.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(clean.bytes.indexOf(Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]))).toBeGreaterThan(0);
  });

  it('strips text and eXIf chunks from a PNG and EXIF/XMP from a WebP, fixing its header', () => {
    const png = stripImageMetadata(pngWithText(), 'image/png');
    expect(png.bytes.toString('latin1')).not.toContain('GPS');
    expect([png.width, png.height]).toEqual([640, 480]);
    const webp = stripImageMetadata(webpWithExif(), 'image/webp');
    expect(webp.bytes.toString('latin1')).not.toMatch(/GPS|xmpmeta/);
    expect(webp.bytes.readUInt32LE(4)).toBe(webp.bytes.length - 8);
    expect((webp.bytes[20] ?? 0) & 0x0c).toBe(0);
    expect([webp.width, webp.height]).toEqual([800, 600]);
  });
});

let t: TestApp;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wuxie-uploads-'));
  t = await createTestApp({ WUXIE_UPLOAD_DIR: dir, UPLOADS_PER_HOUR: '30' });
});
afterAll(() => closeTestApp(t));

function upload(who: Person | null, content: Buffer, opts: { purpose?: string; name?: string; type?: string } = {}): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type: opts.type ?? 'image/jpeg' }), opts.name ?? 'photo.jpg');
  const headers: Record<string, string> = who ? { authorization: `Bearer ${who.token}` } : {};
  return Promise.resolve(
    t.app.request(`/api/uploads?purpose=${opts.purpose ?? 'complaint_photo'}`, { method: 'POST', body: form, headers }),
  );
}

describe('POST /api/uploads', () => {
  it('stores a JPEG under a generated name without its location data', async () => {
    const resident = await login(t, ['resident']);
    const res = await upload(resident, jpegWithGps(), { name: '../../IMG_0001 home.jpg' });
    expect(res.status).toBe(201);
    const info = uploadSchema.parse(await res.json());
    expect(info.key).toMatch(/^[a-f0-9]{32}\.jpg$/);
    expect([info.width, info.height]).toEqual([3, 2]);
    const stored = await readFile(uploadFilePath(dir, info.key));
    expect(stored.toString('latin1')).not.toMatch(/GPS|Exif/);
    expect(info.size).toBe(stored.length);
  });

  it('rejects a forged file by its content, whatever its name and declared type', async () => {
    const resident = await login(t, ['resident']);
    const html = Buffer.from('<html><script>document.cookie</script></html>');
    const res = await upload(resident, html, { name: 'photo.jpg', type: 'image/jpeg' });
    expect(res.status).toBe(415);
    expect((await readJson(res)).message).toContain('只能上传 JPG、PNG 或 WebP');
    const truncated = jpegWithGps().subarray(0, 60);
    const broken = await upload(resident, truncated);
    expect(broken.status).toBe(415);
    expect((await readJson(broken)).message).toContain('图片文件已损坏');
  });

  it('refuses a file over 5 MB with 413 and a message naming the limit', async () => {
    const resident = await login(t, ['resident']);
    const big = Buffer.concat([jpegWithGps(), Buffer.alloc(5 * 1024 * 1024 + 10)]);
    const res = await upload(resident, big);
    expect(res.status).toBe(413);
    expect((await readJson(res)).message).toContain('5 MB');
  });

  it('needs a login, the field file, and the right role for article images', async () => {
    expect((await upload(null, jpegWithGps())).status).toBe(401);
    const resident = await login(t, ['resident']);
    expect((await upload(resident, jpegWithGps(), { purpose: 'article_image' })).status).toBe(403);
    expect((await upload(resident, jpegWithGps(), { purpose: 'nonsense' })).status).toBe(422);
    const none = await t.app.request('/api/uploads', {
      method: 'POST',
      body: new FormData(),
      headers: { authorization: `Bearer ${resident.token}` },
    });
    expect(none.status).toBe(422);
    // A zero-byte file is no file: the contract's check refuses it before the service runs.
    const zero = await upload(resident, Buffer.alloc(0));
    expect(zero.status).toBe(422);
    expect((await readJson(zero)).message).toContain('请选择要上传的图片');
    const json = await t.call('POST', '/api/uploads', { token: resident.token, body: { file: 'x' } });
    expect(json.status).toBe(415);
  });
});

describe('GET /api/uploads/{key}', () => {
  it('serves complaint photos to the resident, the assigned company and staff; to others only with the signed URL', async () => {
    const w = await world(t);
    const info = uploadSchema.parse(await (await upload(w.resident, jpegWithGps())).json());
    const c = await file(t, w.resident, w.community.id, { photoKeys: [info.key] });
    const plain = `/api/uploads/${info.key}`;
    const get = (who: Person | null, url = plain) => t.call('GET', url, who ? { token: who.token } : {});
    expect((await get(w.resident)).status).toBe(200);
    expect((await get(w.staff)).status).toBe(200);
    expect((await get(w.companyAdmin)).status).toBe(404);
    await actOk(t, w.staff, c.id, { action: 'accept' });
    await actOk(t, w.staff, c.id, { action: 'assign' });
    const asCompany = await get(w.companyAdmin);
    expect(asCompany.status).toBe(200);
    expect(asCompany.headers.get('content-type')).toBe('image/jpeg');
    const stranger = await login(t, ['resident']);
    expect((await get(stranger)).status).toBe(404);
    expect((await get(null)).status).toBe(404);
    const signed = c.photos[0]?.url ?? '';
    expect((await get(null, signed)).status).toBe(200);
    expect((await get(null, signed.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(404);
  });

  it('serves article images to everyone once the article is published', async () => {
    const writer = await login(t, ['correspondent']);
    const info = uploadSchema.parse(await (await upload(writer, jpegWithGps(), { purpose: 'article_image' })).json());
    expect(info.url).toBe(`/api/uploads/${info.key}`);
    const article = await createArticle(t.db, { status: 'draft', authorId: writer.id });
    await t.db.upload.update({ where: { key: info.key }, data: { articleId: article.id } });
    expect((await t.call('GET', info.url)).status).toBe(404);
    expect((await t.call('GET', info.previewUrl)).status).toBe(200);
    await t.db.article.update({ where: { id: article.id }, data: { status: 'published', publishedAt: new Date() } });
    const res = await t.call('GET', info.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('public');
  });
});
