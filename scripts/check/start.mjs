// Checks what `npm start` does after its build, as a webmaster meets it: with port 8080 taken it
// serves on another port and says which (no stack trace); with an explicit PORT that is taken it
// says what to do; and while it runs, a change in src/ rebuilds the file the demo loads.
// Run after `npm run build`; prints `Start: N passed, M failed`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { statSync, utimesSync } from 'node:fs';
import { report } from './page-check.mjs';

const tally = { passed: 0, failed: 0 };

/** Runs serve.mjs, collecting its output until `until(output)` or the timeout; then stops it. */
function serve(args, env, until, timeout = 30000) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/lib/serve.mjs', ...args], { env: { ...process.env, ...env } });
    let output = '';
    const finish = async () => {
      clearTimeout(timer);
      const exited = child.exitCode !== null;
      if (!exited) child.kill();
      resolve({ output, exited, code: child.exitCode });
    };
    const timer = setTimeout(finish, timeout);
    const read = async (chunk) => {
      output += chunk;
      const done = await until(output, child);
      if (done) finish();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => setTimeout(finish, 100));
  });
}

/** Holds a port the way another server would. */
function hold(port) {
  return new Promise((resolve) => {
    const blocker = createServer();
    blocker.once('error', () => resolve(null)); // already taken by someone else: just as good
    blocker.listen(port, '127.0.0.1', () => resolve(blocker));
  });
}

const stackTrace = /^\s+at .+\(.+:\d+:\d+\)$/m;
const blocker = await hold(8080);

{
  const problems = [];
  let url;
  const { output } = await serve([], { PORT: '' }, async (text) => {
    url = text.match(/http:\/\/localhost:(\d+)\/demo\//)?.[0];
    return Boolean(url);
  });
  if (!url) problems.push(`no demo URL printed: ${output.trim()}`);
  else if (url.includes(':8080/')) problems.push('served on 8080, which was taken');
  else if (!/Port 8080 is in use/.test(output)) problems.push('did not say that 8080 was in use');
  if (stackTrace.test(output)) problems.push(`a stack trace: ${output.trim()}`);
  report(tally, 'npm start: with 8080 taken, serves on the next free port and says so', problems);
}

{
  const problems = [];
  const { output, exited, code } = await serve([], { PORT: '8080' }, () => false, 10000);
  if (!exited || code === 0) problems.push('did not stop');
  if (!/PORT=8081 npm start/.test(output)) problems.push(`did not say what to do: ${output.trim()}`);
  if (stackTrace.test(output)) problems.push(`a stack trace: ${output.trim()}`);
  report(tally, 'npm start: a PORT that is taken is explained, not a stack trace', problems);
}

{
  const problems = [];
  const bundle = 'dist/iop-widgets.js';
  const before = statSync(bundle).mtimeMs;
  let touched = false;
  const { output } = await serve(
    ['.', '0', '--watch'],
    { PORT: '' },
    async (text) => {
      if (!touched && text.includes('Watching src/')) {
        touched = true;
        const now = new Date();
        utimesSync('src/core/define.ts', now, now); // a save without a change: enough to trigger a rebuild
      }
      return /rebuilt dist\/iop-widgets\.js/.test(text);
    },
    60000,
  );
  if (!/rebuilt dist\/iop-widgets\.js/.test(output)) problems.push(`no rebuild after a change in src/: ${output.trim()}`);
  else if (statSync(bundle).mtimeMs <= before) problems.push(`${bundle} was not written again`);
  report(tally, 'npm start: a change in src/ rebuilds dist/iop-widgets.js while it runs', problems);
}

blocker?.close();
console.log(`Start: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
