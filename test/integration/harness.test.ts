import { spawn } from 'node:child_process';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../electron/web/harness';
import { CSP } from '../../shared/security/csp';
import { tempDir, testStore } from '../support/context';

let h: Harness;
beforeAll(async () => {
  const dataDir = tempDir();
  h = await startHarness({ port: 0, dataDir, token: 'secret-token', checkOutputs: true, ...(await testStore(dataDir)) });
});
afterAll(() => h.close());

/** Raw HTTP so the Host header can be set to anything. */
function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: h.port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const auth = { Authorization: 'Bearer secret-token' };

describe('web harness', () => {
  it('answers a call with the Result JSON', async () => {
    const res = await post('/ipc/app.info', '{}', auth);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ok: true, value: { name: 'Pregonero' } });
  });

  it('refuses a request without the token (401) or with a wrong one', async () => {
    expect((await post('/ipc/app.info', '{}', {})).status).toBe(401);
    expect((await post('/ipc/app.info', '{}', { Authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('refuses a foreign Host header (403), against DNS rebinding', async () => {
    const res = await post('/ipc/app.info', '{}', { ...auth, Host: 'evil.example:80' });
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'forbidden_host' } });
  });

  it('turns malformed JSON and oversized bodies into typed errors', async () => {
    expect((await post('/ipc/settings.save', '{"locale":', auth)).json).toMatchObject({ ok: false, error: { code: 'malformed_json' } });
    const big = await post('/ipc/settings.save', JSON.stringify({ officeName: 'x'.repeat(1_200_000) }), auth);
    expect(big.json).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
  });

  it('answers a malformed % escape with 400 bad_request and keeps serving', async () => {
    for (const path of ['/ipc/%E0%A4%A', '/ipc/app.info%', '/ipc/%C0%80']) {
      const res = await post(path, '{}', auth);
      expect(res, path).toEqual({ status: 400, json: { ok: false, error: { code: 'bad_request' } } });
    }
    expect(await post('/ipc/app.info', '{}', auth)).toMatchObject({ status: 200, json: { ok: true } });
  });

  it('sends the CSP with the page', async () => {
    const res = await fetch(`${h.url}/`);
    // The whole policy, frame-ancestors included: that one only works as a header.
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(CSP).toContain("frame-ancestors 'none'");
  });

  it('binds loopback only', () => {
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('npm run web', () => {
  it('prints a random token and a "listening on" line, then serves', async () => {
    const dataDir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/cli.ts', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (c: Buffer) => {
          text += c.toString();
          if (/listening on http:\/\/127\.0\.0\.1:\d+\n/.test(text)) resolve(text);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
      });
      const token = /token (\S+)/.exec(out)?.[1];
      const url = /listening on (\S+)/.exec(out)?.[1];
      expect(token).toMatch(/^[\w-]{20,}$/);
      const ok = await fetch(`${url}/ipc/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      expect(ok.status).toBe(200);
      const refused = await fetch(`${url}/ipc/app.info`, { method: 'POST', body: '{}' });
      expect(refused.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});
