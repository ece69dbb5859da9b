// A production preview server for the benchmark, on its own port so it never collides with
// someone else's `vite preview`.
import { spawn } from 'node:child_process';

export type Server = { url: string; stop: () => Promise<void> };

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export async function startPreview(dist: string, port: number): Promise<Server> {
  const url = `http://localhost:${port}`;
  // Else the wait below would happily measure whatever else is listening there.
  if (await answers(url)) throw new Error(`port ${port} is taken: pass --port`);
  const child = spawn(
    'node_modules/.bin/vite',
    ['preview', '--outDir', dist, '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`vite preview exited (${code}): ${stderr}`))),
  );
  await Promise.race([waitFor(`${url}/`, 30_000), exited]);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
