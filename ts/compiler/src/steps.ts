/** What a build prints: its steps on stderr and one final line (path, size, time); --quiet keeps it silent. */
import fs from "node:fs";
import path from "node:path";

export class Steps {
  private readonly start = Date.now();

  constructor(readonly quiet: boolean) {}

  step(text: string): void {
    if (!this.quiet) process.stderr.write(`tsfw: ${text}\n`);
  }

  /** The last line of a build: "out/app  812 KB  2.1 s". */
  done(output: string): void {
    if (this.quiet) return;
    const size = fs.existsSync(output) ? formatSize(fs.statSync(output).size) : "?";
    const seconds = ((Date.now() - this.start) / 1000).toFixed(1);
    process.stderr.write(`${path.relative(process.cwd(), output) || output}  ${size}  ${seconds} s\n`);
  }
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
