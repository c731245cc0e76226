import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../shared/ipc/errors';
import { fail } from '../../shared/ipc/result';
import type { Locale } from '../../shared/ipc/schemas';
import { CSP } from '../../shared/security/csp';
import { AppContext } from '../context';
import { createLogger } from '../log';
import { createRouter, MAX_PAYLOAD_BYTES, type Invoke } from '../router';
import { importBody } from '../features/media/upload';
import { THUMB_URL_RE } from '../features/media/files';
import { thumbFile } from '../features/media/server-files';
import { HarnessPlatform } from './platform';

export interface HarnessOptions {
  port: number;
  dataDir: string;
  token?: string;
  lang?: Locale;
  /** Folder with the built renderer (vite build output). */
  staticDir?: string;
  checkOutputs?: boolean;
  clock?: () => Date;
  /** The team's PostgreSQL server to work on, instead of the folder's file. */
  database?: string | undefined;
  /** Who works at this instance (written on every row changed). */
  person?: string | undefined;
}

export interface Harness {
  url: string;
  port: number;
  token: string;
  ctx: AppContext;
  invoke: Invoke;
  platform: HarnessPlatform;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const packageVersion = (): string => {
  try {
    return (JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(text);
}

/** Cookie a page's <img> requests carry instead of the token: derived from it, so it reveals nothing, and sent only under /media/. */
const MEDIA_COOKIE = 'pregonero_media';
const mediaCookieValue = (token: string): string => crypto.createHmac('sha256', token).update('media-thumbnails').digest('base64url');

function cookieOf(req: http.IncomingMessage, name: string): string {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return '';
}

/**
 * The web transport for the same router the app uses: the renderer served
 * over loopback, and POST /ipc/<channel> with a bearer token. Tests and the
 * benchmark drive this with real Chromium.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const staticDir = path.resolve(options.staticDir ?? 'out/renderer');
  const platform = new HarnessPlatform(options.dataDir, options.lang ?? 'es', packageVersion());
  const ctx = await AppContext.open(options.dataDir, platform, options.clock, { database: options.database, person: options.person });
  const log = createLogger(options.dataDir);
  const invoke = createRouter(ctx, { checkOutputs: options.checkOutputs, log });
  let port = options.port;
  const mediaCookie = mediaCookieValue(token);
  const setCookie = { 'Set-Cookie': `${MEDIA_COOKIE}=${mediaCookie}; Path=/media/; HttpOnly; SameSite=Strict` };
  const authorized = (req: http.IncomingMessage): boolean => {
    const auth = req.headers.authorization ?? '';
    return auth.startsWith('Bearer ') && tokensMatch(auth.slice(7), token);
  };

  const server = http.createServer((req, res) => {
    // A request the handlers cannot read (a broken % escape, an unparsable URL) is refused; the harness keeps serving.
    try {
      route(req, res);
    } catch {
      if (!res.headersSent) sendJson(res, 400, fail({ code: 'bad_request' }));
      req.resume();
    }
  });

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendJson(res, 403, fail({ code: 'forbidden_host' }));
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/ipc/')) {
      handleIpc(req, res, url.pathname.slice(5));
      return;
    }
    if (url.pathname === '/media') {
      handleUpload(req, res);
      return;
    }
    const thumb = THUMB_URL_RE.exec(url.pathname);
    if (thumb) {
      void serveThumb(req, res, thumb[1] as string);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    serveStatic(url.pathname, res);
  }

  function handleIpc(req: http.IncomingMessage, res: http.ServerResponse, channel: string): void {
    if (req.method !== 'POST') {
      sendJson(res, 405, fail({ code: 'unknown_channel' }));
      return;
    }
    const name = decodeURIComponent(channel);
    if (!authorized(req)) {
      sendJson(res, 401, fail({ code: 'unauthorized' }));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PAYLOAD_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) {
        sendJson(res, 413, fail({ code: 'payload_too_large', params: { max: MAX_PAYLOAD_BYTES } }));
        return;
      }
      let input: unknown;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        input = text.trim() === '' ? {} : JSON.parse(text);
      } catch {
        sendJson(res, 400, fail({ code: 'malformed_json' }));
        return;
      }
      invoke(name, input).then(
        (result) => sendJson(res, 200, result, setCookie),
        () => sendJson(res, 500, fail(new AppError('internal').toData())),
      );
    });
  }

  /** POST /media: the raw file as the body, its name URL-encoded in X-File-Name, the token as for /ipc. */
  function handleUpload(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'POST') {
      sendJson(res, 405, fail({ code: 'bad_request' }));
      req.resume();
      return;
    }
    if (!authorized(req)) {
      sendJson(res, 401, fail({ code: 'unauthorized' }));
      req.resume();
      return;
    }
    let name: string;
    try {
      name = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
    } catch {
      sendJson(res, 400, fail({ code: 'bad_request' }));
      req.resume();
      return;
    }
    importBody(ctx, name, req, log).then((result) => {
      // A refusal may come before the whole body arrived: read the rest so the client sees the answer.
      req.resume();
      sendJson(res, 200, result, setCookie);
    });
  }

  /** A thumbnail for an <img>: only with the media cookie, which an authorized call set. */
  async function serveThumb(req: http.IncomingMessage, res: http.ServerResponse, sha256: string): Promise<void> {
    if (!tokensMatch(cookieOf(req, MEDIA_COOKIE), mediaCookie)) {
      res.writeHead(401, SECURITY_HEADERS).end();
      return;
    }
    const file = await thumbFile(ctx, sha256);
    if (!file) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'image/webp', 'Cache-Control': 'private, max-age=3600' });
    fs.createReadStream(file).pipe(res);
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400, SECURITY_HEADERS).end();
      return;
    }
    let file = path.resolve(staticDir, `.${rel}`);
    if (!file.startsWith(staticDir + path.sep) && file !== staticDir) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(staticDir, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('Renderer not built: run npm run build:renderer');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    token,
    ctx,
    invoke,
    platform,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await platform.close();
      await ctx.close();
    },
  };
}
