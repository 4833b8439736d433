import { Agent, request } from 'node:http';

/** One keep-alive connection, as a browser tab would reuse: we time the API, not TCP setup. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** GETs a URL on loopback; resolves with the elapsed milliseconds once the whole body is in. */
export function timedGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ ms: number; status: number; bytes: number; body: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - t0;
        const buf = Buffer.concat(chunks);
        resolve({ ms, status: res.statusCode ?? 0, bytes: buf.length, body: buf.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${url} timed out after 10 s`)));
    req.on('error', reject);
    req.end();
  });
}

export function closeAgent() {
  agent.destroy();
}
