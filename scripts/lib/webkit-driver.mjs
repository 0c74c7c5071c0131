// Starts WebKitGTK's WebDriver server for one run and stops it after. WebKit has no headless
// mode: with no display (CI, a container) the driver and the MiniBrowser it starts get a virtual
// one from `xvfb-run -a`. Used by the browser tests and the demo check.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { findWebKit } from './find-browsers.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Capabilities for a WebKitWebDriver session: no browserName, the MiniBrowser in automation mode. */
export const webkitCapabilities = (miniBrowser) => ({
  'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
});

/**
 * Starts WebKitWebDriver on a free port and resolves once it answers, with the port, the
 * capabilities a session needs, and `stop()`. Throws with the install command when it is missing.
 */
export async function startWebKitDriver() {
  const webkit = findWebKit();
  if (!webkit) throw new Error('WebKit is not installed: apt-get install -y webkit2gtk-driver xvfb');
  const port = await freePort();
  const command = [webkit.driver, `--port=${port}`, '--host=127.0.0.1'];
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    if (!existsSync('/usr/bin/xvfb-run')) throw new Error('WebKit needs a display and xvfb-run is missing: apt-get install -y xvfb');
    command.unshift('/usr/bin/xvfb-run', '-a');
  }
  const env = { ...process.env };
  // WebKit's sandbox (bubblewrap) cannot start as root in a container; as a normal user it stays on.
  if (process.getuid?.() === 0) env.WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS = '1';
  // Its own process group, so stopping it also stops Xvfb and the MiniBrowser windows.
  const child = spawn(command[0], command.slice(1), { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  for (let waited = 0; waited < 15000; waited += 100) {
    if (exited) throw new Error(`WebKitWebDriver exited at start: ${stderr.trim()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { port, capabilities: webkitCapabilities(webkit.miniBrowser), stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${stderr.trim()}`);
}
