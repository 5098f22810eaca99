/** What the command line touches besides files, injectable so tests run in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths on the command line are resolved against this. */
  cwd: string;
  now(): Date;
  /** stderr is a terminal: only then is progress shown. */
  isTTY: boolean;
  /** Width of the terminal the report goes to; absent or null: lines are not wrapped. */
  columns?: number | null;
}

/** stdout's width when it is a terminal, else $COLUMNS when set; a file or pipe gets unwrapped lines. */
export function terminalColumns(stdout: { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>): number | null {
  if (stdout.isTTY && stdout.columns && stdout.columns > 0) return stdout.columns;
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export const EXIT_OK = 0;
export const EXIT_DATA_ERRORS = 1;
export const EXIT_FAILURE = 2;

/**
 * A failure that stops the command with exit code 2 and a message for the user:
 * a usage mistake, an unreadable input, a bad scheme, a file that cannot be written.
 */
export class CliError extends Error {
  constructor(
    message: string,
    /** Add the "see --help" line. */
    readonly usage = false,
    /** Why: an XlsxError code (`corrupt`, `not-zip` …) or the command line's own (`missing`, `usage` …). */
    readonly code: string | null = null,
    /** The file it is about, as shown to the user. */
    readonly file: string | null = null,
    /** What went wrong underneath, shown with --debug. */
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function nodeIo(): Io {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    now: () => new Date(),
    isTTY: process.stderr.isTTY === true,
    columns: terminalColumns(process.stdout, process.env),
  };
}

/** One-line progress on a terminal, rewritten in place and cleared at the end. */
export class Progress {
  private shown = false;
  private last = 0;

  constructor(private readonly io: Io) {}

  update(text: string, force = false): void {
    if (!this.io.isTTY) return;
    // Redrawing thousands of times a second costs more than the work it reports.
    const now = Date.now();
    if (!force && this.shown && now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    this.io.stderr(`\r\u001b[2K${text}`);
  }

  done(): void {
    if (this.shown) this.io.stderr("\r\u001b[2K");
    this.shown = false;
  }
}
