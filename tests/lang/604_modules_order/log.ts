// Shared by every file: runs first, once, however many files import it.
print("log: init");
export const lines: string[] = [];
export function note(s: string): void {
  lines.push(s);
}
