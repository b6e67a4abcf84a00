import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createActivity } from '@wuxie/prisma/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Person } from '../src/features/complaints/complaints.test-kit';
import { anyString } from './matchers';
import { closeTestApp, createTestApp, readJson, type TestApp } from './test-app';

const SECRET = 'broken-uploads-test-secret-0123456789abcdef';
const BROKEN = { code: 'BAD_REQUEST', message: '上传的文件不完整或格式不对，请重新上传' };

/** A 2×2 PNG with the chunks a decoder needs (the upload route checks its structure, not its pixels). */
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8;
  header[9] = 2;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', Buffer.alloc(12)), chunk('IEND', Buffer.alloc(0))]));
}

/** A well-formed multipart body carrying the field `file`, as a browser would send it. */
async function wellFormed(name: string): Promise<{ type: string; bytes: Uint8Array }> {
  const form = new FormData();
  form.append('file', new Blob([png()], { type: 'image/png' }), name);
  const encoded = new Response(form);
  return { type: encoded.headers.get('content-type') ?? '', bytes: new Uint8Array(await encoded.arrayBuffer()) };
}

const PART = '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n';

/** The broken bodies of issue 14, each with the Content-Type it came with. */
async function brokenBodies(): Promise<Array<{ what: string; type: string; body: Uint8Array | string }>> {
  const good = await wellFormed('photo.png');
  return [
    { what: 'not multipart despite the header', type: 'multipart/form-data; boundary=XYZ', body: '{"file":"photo.png"}' },
    { what: 'cut off halfway', type: good.type, body: good.bytes.subarray(0, Math.floor(good.bytes.length / 2)) },
    { what: 'no boundary', type: 'multipart/form-data', body: good.bytes },
    { what: 'an empty boundary', type: 'multipart/form-data; boundary=', body: good.bytes },
    {
      what: 'a part with only filename*=',
      type: 'multipart/form-data; boundary=XYZ',
      body: `--XYZ\r\nContent-Disposition: form-data; name="file"; filename*=\r\n\r\nabc\r\n--XYZ--\r\n`,
    },
  ];
}

/** A body whose connection drops part-way: the stream fails after the first bytes, as a lost phone signal leaves it. */
function droppedConnection(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(`${PART}\x89PNG`));
      controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    },
  });
}

let t: TestApp;
let staff: Person;
let routes: string[];
beforeAll(async () => {
  // Development, as under `npm start`, where the 500 used to carry a stack trace.
  const uploads = await mkdtemp(path.join(tmpdir(), 'wuxie-broken-uploads-'));
  t = await createTestApp({ NODE_ENV: 'development', JWT_SECRET: SECRET, WUXIE_UPLOAD_DIR: uploads });
  staff = await login(t, ['staff']);
  const activity = await createActivity(t.db);
  routes = ['/api/uploads?purpose=complaint_photo', '/api/members/import', `/api/activities/${activity.id}/results/import`];
});
afterAll(() => closeTestApp(t));

function post(route: string, type: string, body: Uint8Array | string | ReadableStream<Uint8Array>): Promise<Response> {
  const request = new Request(`http://localhost${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${staff.token}`, 'content-type': type },
    body,
    duplex: 'half',
  });
  return Promise.resolve(t.app.request(request));
}

describe('a broken upload', () => {
  it('is a 400 saying the file is incomplete on every upload route: not multipart inside, cut off, no boundary, filename*= only', async () => {
    for (const route of routes) {
      for (const { what, type, body } of await brokenBodies()) {
        const res = await post(route, type, body);
        const answer = await readJson(res);
        expect({ route, what, status: res.status, answer }).toEqual({
          route,
          what,
          status: 400,
          answer: { ...BROKEN, requestId: anyString() },
        });
      }
    }
    expect(await t.db.upload.count()).toBe(0);
  });

  it('is a 400 on every upload route when the connection drops part-way through a chunked body', async () => {
    for (const route of routes) {
      const res = await post(route, 'multipart/form-data; boundary=XYZ', droppedConnection());
      expect({ route, status: res.status, answer: await readJson(res) }).toEqual({
        route,
        status: 400,
        answer: { ...BROKEN, requestId: anyString() },
      });
    }
  });

  it('still reaches the route when it is well formed', async () => {
    const { type, bytes } = await wellFormed('photo.png');
    const res = await post('/api/uploads?purpose=complaint_photo', type, bytes);
    expect(res.status).toBe(201);
  });
});

describe('a failure inside the server', () => {
  it('answers 500 with only the code, a Chinese message and the request id, without a stack trace, in development too', async () => {
    // The upload folder is a file, so storing the photo fails as a full or read-only disk would.
    const blocked = path.join(await mkdtemp(path.join(tmpdir(), 'wuxie-blocked-')), 'uploads');
    await writeFile(blocked, 'not a folder');
    const broken = await createTestApp({ NODE_ENV: 'development', JWT_SECRET: SECRET, WUXIE_UPLOAD_DIR: blocked });
    try {
      const person = await login(broken, ['resident']);
      const form = new FormData();
      form.append('file', new Blob([png()], { type: 'image/png' }), 'photo.png');
      const res = await broken.app.request('/api/uploads?purpose=complaint_photo', {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${person.token}` },
      });
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toEqual({
        code: 'INTERNAL',
        message: '服务器开小差了，请稍后再试；如果一直这样，请把请求编号告诉协会',
        requestId: res.headers.get('x-request-id'),
      });
      expect(text).not.toMatch(/ENOTDIR|EEXIST|\bat \S+ \(|node:/);
    } finally {
      await broken.close();
    }
  });
});
