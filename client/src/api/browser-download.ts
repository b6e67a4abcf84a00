import type { FileTransport, TransportResponse } from './client';
import { browserAnswer } from './taro-transport';

/**
 * H5: the file is fetched and saved through a download link. Loaded on the first download only (see
 * taro-transport): `URL` makes Babel bundle core-js's URL polyfill, ~10 KB gzipped, which the first
 * screen does not need.
 */
export async function browserDownload({ url, headers, fileName }: Parameters<FileTransport['download']>[0]): Promise<TransportResponse> {
  const res = await fetch(url, { headers });
  if (!res.ok) return browserAnswer(res);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { status: res.status, body: null };
}
