// Proxy support. What @actions/http-client 4 does (lib/proxy.js, read for this test):
// - getProxyUrl() reads https_proxy/HTTPS_PROXY for https:// targets and http_proxy/HTTP_PROXY for http:// ones;
// - checkBypass() ALWAYS bypasses loopback targets (localhost, 127.*, [::1]) whatever the variables say, then
//   honours NO_PROXY (exact host, host:port, `.suffix`/suffix match, `*`);
// - with a proxy, the tunnel agent opens a CONNECT tunnel through it (for http:// targets as well).
// So an emulator URL on 127.0.0.1 can never exercise the proxy. The honest test: address the emulator by a
// non-loopback name (`dli.emulator.test`) that only our loopback proxy resolves (to 127.0.0.1). If the client ignored
// HTTP_PROXY it would try to resolve that name itself and fail; nothing leaves loopback.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { getProxyUrl } from '@actions/http-client';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { createDliClient } from '../../src/dli/client.js';
import { clientOptions } from './helpers.js';

let emu: Emulator;
let proxy: Server;
let proxyUrl = '';
const tunnels: string[] = [];
const sockets = new Set<Socket>();
const saved = { ...process.env };

beforeAll(async () => {
  emu = await startEmulator();
  const emuPort = Number(new URL(emu.url).port);
  proxy = createServer((req, res) => {
    // Absolute-form forwarding (not used by http-client's tunnel agent, kept for completeness).
    tunnels.push(`GET-FORWARD ${req.url}`);
    const target = new URL(req.url!);
    const up = httpRequest(
      { host: '127.0.0.1', port: emuPort, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode!, r.headers);
        r.pipe(res);
      },
    );
    req.pipe(up);
  });
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(`CONNECT ${req.url}`);
    const port = Number(req.url!.split(':').pop());
    // The proxy is the only resolver of the fake name: everything goes to loopback.
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => proxy.close(r));
  await emu.close();
});
afterEach(() => {
  for (const k of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  tunnels.length = 0;
});

describe('proxy', () => {
  it('goes through HTTP_PROXY for a non-loopback host, signature intact', async () => {
    process.env['HTTP_PROXY'] = proxyUrl;
    delete process.env['NO_PROXY'];
    delete process.env['no_proxy'];
    const port = new URL(emu.url).port;
    const { opts } = clientOptions(emu, { endpoint: `http://dli.emulator.test:${port}`, maxRetries: 0 });
    const client = createDliClient(opts);
    await client.listConnections({ name: 'via_proxy' });
    expect(tunnels).toEqual([`CONNECT dli.emulator.test:${port}`]);
    // The emulator verified the signature made over Host dli.emulator.test:<port>.
    expect(emu.requests.at(-1)).toMatchObject({ operation: 'listConnections', status: 200 });
  });

  it('bypasses the proxy for loopback endpoints (http-client behaviour)', async () => {
    process.env['HTTP_PROXY'] = proxyUrl;
    const { opts } = clientOptions(emu, { maxRetries: 0 });
    await createDliClient(opts).listConnections();
    expect(tunnels).toEqual([]);
    expect(emu.requests.at(-1)?.status).toBe(200);
  });

  it('honours NO_PROXY and picks HTTPS_PROXY for https endpoints', () => {
    process.env['HTTPS_PROXY'] = 'http://corp-proxy:3128';
    process.env['NO_PROXY'] = '.internal.example,vpc.cn-north-4.myhuaweicloud.com';
    expect(getProxyUrl('https://dli.cn-north-4.myhuaweicloud.com')).toBe('http://corp-proxy:3128/');
    expect(getProxyUrl('https://vpc.cn-north-4.myhuaweicloud.com')).toBe('');
    expect(getProxyUrl('https://dli.internal.example')).toBe('');
    expect(getProxyUrl('https://127.0.0.1:8443')).toBe('');
  });
});
