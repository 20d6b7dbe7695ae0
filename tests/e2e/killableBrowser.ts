import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Chromium the rest of the suite drives: Playwright's own where installed, else Debian's. */
function executable(): string {
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // none registered
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '/usr/bin/chromium-browser';
}

/**
 * A browser with a profile on disk that a test can kill as a crash would (SIGKILL, no chance to
 * write anything more) and start again on the same profile: what survives is what was on disk.
 */
export class KillableBrowser {
  readonly profile = mkdtempSync(join(tmpdir(), 'slo-workbook-profile-'));
  private process: ChildProcess | null = null;
  private browser: Browser | null = null;

  async start(baseURL: string): Promise<Page> {
    const child = spawn(
      executable(),
      [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${this.profile}`,
        '--remote-debugging-port=0',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.process = child;
    const endpoint = await new Promise<string>((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 20_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text}`)));
    });
    this.browser = await chromium.connectOverCDP(endpoint);
    const context = this.browser.contexts()[0]!;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL);
    return page;
  }

  /** Kills every process of the browser at once, as a crash or a power cut would. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.browser = null;
    this.process = null;
  }

  /** Quits the browser as a person does (its windows close, then the process ends by itself). */
  async quit(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Playwright's close() only lets go of a browser it connected to: ask Chromium itself.
    const session = await this.browser?.newBrowserCDPSession();
    await session?.send('Browser.close').catch(() => {});
    await exited;
    this.browser = null;
    this.process = null;
  }

  async dispose(): Promise<void> {
    await this.browser?.close().catch(() => {});
    await this.kill();
    // The browser's helpers may still be writing as they go down: try a few times, then leave it.
    try {
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // a temporary folder: the system clears it
    }
  }
}
