// A small static file server: `npm start` uses it for the demo, the story check for Storybook.
// No dependency needed for this much; it serves files under one folder and nothing else.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on `port` (0 picks a free one). `index` is where "/" redirects.
 * `headers(path)` may add response headers, e.g. a Content-Security-Policy for one page.
 * `compress`: text is sent gzipped to a browser that accepts it, as any real host sends it; the
 * benchmark's load times and Lighthouse's simulated network count transferred bytes.
 */
export function startServer({ root, port = 0, index = '/index.html', headers = () => ({}), compress = false }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/') {
      response.writeHead(302, { location: index }).end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = compress && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = gzip ? gzipSync(await readFile(file)) : await readFile(file);
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers(path),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolveServer, rejectServer) => {
    server.once('error', rejectServer);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', rejectServer);
      resolveServer(server);
    });
  });
}

/**
 * The first port from `port` on that is free: `npm start` must not die with a stack trace because
 * another server (often another `npm start`) already has 8080.
 */
export async function startOnFreePort(options, { port, tries = 20 }) {
  for (let candidate = port; candidate < port + tries; candidate++) {
    try {
      return await startServer({ ...options, port: candidate });
    } catch (error) {
      if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
    }
  }
  return null;
}

/**
 * Rebuilds dist/iop-widgets.js (the file the demo and the builder load) whenever a file in src/
 * changes, with Vite's watch mode: only what changed is rebuilt, in well under a second.
 */
async function watchSources() {
  const { build } = await import('vite');
  const watcher = await build({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    // Keep dist/lib, the per-widget files and the types that `npm run build` wrote.
    build: { emptyOutDir: false, watch: { include: ['src/**'] } },
  });
  // Resolves once the first build (the same files `npm run build` wrote) is done.
  await new Promise((ready) => {
    let first = true;
    watcher.on('event', (event) => {
      if (event.code === 'END') {
        if (first) ready();
        else console.log(`${new Date().toLocaleTimeString()} rebuilt dist/iop-widgets.js: reload the page to see it`);
        first = false;
      }
      if (event.code === 'ERROR') console.error(`Build error (the page keeps the last good build): ${event.error?.message ?? event.error}`);
      event.result?.close?.();
    });
  });
  return watcher;
}

// `node scripts/lib/serve.mjs [root] [port] [--watch]`: the demo server behind `npm start`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const [root = '.', portArg] = args.filter((arg) => !arg.startsWith('--'));
  const asked = portArg ?? (process.env.PORT || undefined);
  const port = Number(asked ?? 8080);
  const server = asked
    ? await startServer({ root, port, index: '/demo/index.html' }).catch((error) => {
        console.error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is in use. Stop what runs there, or pick another: PORT=${port + 1} npm start`
            : `Cannot serve on port ${port}: ${error.message}`,
        );
        process.exit(1);
      })
    : await startOnFreePort({ root, index: '/demo/index.html' }, { port });
  if (!server) {
    console.error(`Ports ${port}-${port + 19} are all in use. Pick a free one: PORT=9000 npm start`);
    process.exit(1);
  }
  const { port: actual } = server.address();
  if (port !== 0 && actual !== port) console.log(`Port ${port} is in use, so the demo is on ${actual} instead.`);
  console.log(`iop-widgets demo: http://localhost:${actual}/demo/  (embed builder: http://localhost:${actual}/demo/builder.html; Ctrl+C to stop)`);
  if (args.includes('--watch')) {
    await watchSources();
    console.log('Watching src/: a change rebuilds dist/iop-widgets.js.');
  }
}
