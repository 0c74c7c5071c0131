// A throwaway WordPress for scripts/check/wordpress.mjs: Debian's WordPress (/usr/share/wordpress),
// a MariaDB of its own in a temporary folder (socket only, no port), PHP's built-in server on a
// free 127.0.0.1 port, and a wp-content of its own, so nothing on the machine is used or changed
// except Debian's per-host config file, written for the run and removed after it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const DEBIAN_CONTENT = '/var/lib/wordpress/wp-content';
const CONFIG = '/etc/wordpress/config-127.0.0.1.php';
const MARKER = 'Written by iop-widgets scripts/wordpress-env.mjs';

/** What a fresh machine needs, as one apt-get line, or null when everything is there. */
export function missingPackages() {
  const need = [
    ['wordpress', `${WORDPRESS}/wp-settings.php`],
    ['php-cli', 'php'],
    ['php-mysql', null],
    ['mariadb-server', 'mariadbd'],
  ];
  const missing = need.filter(([, probe]) => probe && !(probe.startsWith('/') ? existsSync(probe) : which(probe))).map(([name]) => name);
  if (which('php') && !spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout.includes('mysqli')) missing.push('php-mysql');
  return missing.length ? `apt-get install -y ${[...new Set(missing)].join(' ')}` : null;
}

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Signals a child's whole process group (each child is started as a group of its own). */
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // Already gone.
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, test, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await test()) return;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The router PHP's built-in server needs: /wp-content/* from our content folder, typed. */
const ROUTER = `<?php
$content = getenv('IOP_WP_CONTENT');
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (str_starts_with($path, '/wp-content/')) {
  $file = realpath($content . substr($path, strlen('/wp-content')));
  $types = ['js' => 'text/javascript', 'mjs' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json',
    'svg' => 'image/svg+xml', 'png' => 'image/png', 'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'gif' => 'image/gif',
    'webp' => 'image/webp', 'woff2' => 'font/woff2', 'woff' => 'font/woff', 'txt' => 'text/plain'];
  $ext = strtolower(pathinfo($path, PATHINFO_EXTENSION));
  if ($file === false || !is_file($file) || !isset($types[$ext])) {
    http_response_code(404);
    return true;
  }
  header('Content-Type: ' . $types[$ext]);
  header('Content-Length: ' . filesize($file));
  readfile($file);
  return true;
}
return false;
`;

/**
 * Starts MariaDB and PHP, installs WordPress, and returns { origin, mysql(sql), stop() }.
 * `stop` ends both processes and removes what was created; call it in a finally.
 */
export async function startWordPress({ log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-wordpress-'));
  const processes = [];
  let wroteConfig = false;
  const stop = async () => {
    for (const child of processes.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        signal(child, 'SIGTERM');
        await Promise.race([exited, sleep(10000)]);
        if (child.exitCode === null && child.signalCode === null) signal(child, 'SIGKILL');
      }
      // PHP's server workers outlive their parent: they are ended through the process group.
      signal(child, 'SIGKILL');
    }
    if (wroteConfig && readFileSync(CONFIG, 'utf8').includes(MARKER)) rmSync(CONFIG, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    if (existsSync(CONFIG) && !readFileSync(CONFIG, 'utf8').includes(MARKER)) {
      throw new Error(`${CONFIG} exists and is not ours: this check would change that site's configuration`);
    }
    const root = process.getuid?.() === 0;
    const user = root ? ['--user=root'] : [];

    // MariaDB: a data folder of its own, reachable only through its socket.
    const data = join(dir, 'mysql');
    const socket = join(dir, 'mysqld.sock');
    mkdirSync(data);
    const install = spawnSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, ...user, '--auth-root-authentication-method=normal', '--skip-test-db'],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr || install.stdout}`);
    const mariadb = spawn(
      'mariadbd',
      ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(dir, 'mysqld.pid')}`, '--skip-networking', '--skip-log-bin', ...user],
      { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    processes.push(mariadb);
    let mariadbErr = '';
    mariadb.stderr.on('data', (chunk) => (mariadbErr += chunk));
    const mysql = (sql) => {
      const result = spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-B', '-e', sql], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`mariadb: ${result.stderr}`);
      return result.stdout.trim();
    };
    await until('MariaDB', () => {
      if (mariadb.exitCode !== null) throw new Error(`mariadbd exited: ${mariadbErr.slice(-500)}`);
      return existsSync(socket) && spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'SELECT 1']).status === 0;
    });
    mysql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
    log('MariaDB started');

    // wp-content: empty plugins, Debian's theme and translations.
    const content = join(dir, 'wp-content');
    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, sub), { recursive: true });
    symlinkSync(`${WORDPRESS}/wp-content/themes/twentytwentythree`, join(content, 'themes/twentytwentythree'));
    if (existsSync(`${DEBIAN_CONTENT}/languages`)) symlinkSync(`${DEBIAN_CONTENT}/languages`, join(content, 'languages'));

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(join(dir, 'router.php'), ROUTER);
    // Debian's wp-config.php requires /etc/wordpress/config-<host>.php; ours reads the run's
    // folders from the environment, so it is the same for every run.
    writeFileSync(
      CONFIG,
      `<?php
// ${MARKER}; removed when the check ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('IOP_WP_SOCKET'));
define('WP_CONTENT_DIR', getenv('IOP_WP_CONTENT'));
define('WP_CONTENT_URL', getenv('IOP_WP_ORIGIN') . '/wp-content');
define('WP_HOME', getenv('IOP_WP_ORIGIN'));
define('WP_SITEURL', getenv('IOP_WP_ORIGIN'));
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
`,
    );
    wroteConfig = true;
    const env = { ...process.env, IOP_WP_SOCKET: socket, IOP_WP_CONTENT: content, IOP_WP_ORIGIN: origin, PHP_CLI_SERVER_WORKERS: '4' };
    const php = spawn(
      'php',
      [
        '-d',
        'display_errors=stderr',
        '-d',
        'upload_max_filesize=16M',
        '-d',
        'post_max_size=16M',
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        WORDPRESS,
        join(dir, 'router.php'),
      ],
      { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    processes.push(php);
    const phpLog = [];
    php.stderr.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) {
        // The server logs every request; keep PHP's own messages.
        if (/PHP (Fatal|Parse|Warning|Notice|Deprecated)|Fatal error|Warning:/.test(line) && !line.includes('/usr/share/wordpress/wp-includes'))
          phpLog.push(line.trim());
      }
    });
    await until('PHP', async () => {
      if (php.exitCode !== null) throw new Error('php -S exited');
      try {
        await fetch(`${origin}/wp-admin/install.php`);
        return true;
      } catch {
        return false;
      }
    });

    const form = new URLSearchParams({
      weblog_title: 'Riverbend IOP',
      user_name: 'admin',
      admin_password: 'check-wordpress-only',
      admin_password2: 'check-wordpress-only',
      pw_weak: 'on',
      admin_email: 'admin@example.org',
      blog_public: '0',
      language: '',
    });
    const installed = await fetch(`${origin}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const page = await installed.text();
    if (!page.includes('Success!'))
      throw new Error(
        `WordPress did not install: ${page
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 300)}`,
      );
    log(`WordPress ${mysql("SELECT option_value FROM wordpress.wp_options WHERE option_name='db_version'") ? 'installed' : '?'} at ${origin}`);

    return { origin, mysql, content, phpLog, user: 'admin', password: 'check-wordpress-only', stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
