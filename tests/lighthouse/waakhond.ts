/**
 * Kills Chromium once this Node process is gone, however it went. Needed because tsx answers Ctrl-C
 * with SIGKILL when the script is busy (Lighthouse computes synchronously for seconds), so no exit
 * handler runs, and chrome-launcher starts Chromium in its own process group, so it would live on.
 */
import { spawn } from 'node:child_process';

export interface Waakhond {
  stop: () => void;
}

export function bewaakChromium(chromiumPid: number): Waakhond {
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -KILL -${chromiumPid} 2>/dev/null`;
  const hond = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  hond.unref();
  return {
    stop: () => {
      try {
        if (hond.pid) process.kill(hond.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
  };
}
