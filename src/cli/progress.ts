import cliProgress from 'cli-progress';

/** A progress bar on stderr when it is a terminal; otherwise nothing. */
export interface Progress {
  tick(): void;
  stop(): void;
}

export function createProgress(total: number, label: string): Progress {
  if (!process.stderr.isTTY || total < 2) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {eta_formatted}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
