// Resources opened in try are closed in finally, whatever happens: the counts balance.
class Resource {
  static open = 0;
  static maxOpen = 0;
  closed = false;
  readonly lines: string[] = [];
  constructor(readonly name: string) {
    Resource.open++;
    Resource.maxOpen = Math.max(Resource.maxOpen, Resource.open);
  }
  write(line: string): void {
    if (this.closed) throw new Error(this.name + " is closed");
    if (line.includes("!")) throw new Error("bad line for " + this.name + ": " + line);
    this.lines.push(line);
  }
  close(): void {
    if (!this.closed) {
      this.closed = true;
      Resource.open--;
    }
  }
}

function copy(name: string, input: string[]): string[] {
  const src = new Resource(name + ".src");
  try {
    const dst = new Resource(name + ".dst");
    try {
      for (const line of input) {
        src.write(line);
        dst.write(line.toUpperCase());
      }
      return dst.lines;
    } finally {
      dst.close();
    }
  } finally {
    src.close();
  }
}

const jobs: [string, string[]][] = [
  ["a", ["x", "y"]],
  ["b", ["x", "oops!", "z"]],
  ["c", []],
  ["d", ["1", "2", "3!"]],
];
for (const [name, input] of jobs) {
  try {
    console.log(name, copy(name, input), "open:", Resource.open);
  } catch (e) {
    console.log(name, "failed:", (e as Error).message, "open:", Resource.open);
  }
}
console.log("max open", Resource.maxOpen, "open at end", Resource.open);

const r = new Resource("late");
r.close();
try {
  r.write("after close");
} catch (e) {
  console.log(String(e));
}
