// A plugin pipeline: classes implementing a shared interface, registered and run in priority order.
interface Plugin {
  readonly name: string;
  readonly priority: number;
  transform(input: string[]): string[];
}
class TrimPlugin implements Plugin {
  readonly name = "trim";
  readonly priority = 10;
  transform(lines: string[]): string[] {
    return lines.map((l) => l.trim());
  }
}
class DropEmptyPlugin implements Plugin {
  readonly name = "drop-empty";
  readonly priority = 20;
  transform(lines: string[]): string[] {
    return lines.filter((l) => l.length > 0);
  }
}
class NumberPlugin implements Plugin {
  readonly name = "number";
  constructor(readonly priority: number, private width = 3) {}
  transform(lines: string[]): string[] {
    return lines.map((l, i) => `${String(i + 1).padStart(this.width)}: ${l}`);
  }
}
class ReplacePlugin implements Plugin {
  readonly priority = 15;
  constructor(readonly name: string, private from: string, private to: string) {}
  transform(lines: string[]): string[] {
    return lines.map((l) => l.replaceAll(this.from, this.to));
  }
}
class Pipeline {
  private plugins: Plugin[] = [];
  register(p: Plugin): this {
    this.plugins.push(p);
    this.plugins.sort((a, b) => a.priority - b.priority);
    return this;
  }
  run(lines: string[]): string[] {
    let cur = lines;
    for (const p of this.plugins) {
      cur = p.transform(cur);
      console.log(`after ${p.name.padEnd(12)} (${cur.length} lines)`);
    }
    return cur;
  }
  names(): string[] {
    return this.plugins.map((p) => `${p.name}@${p.priority}`);
  }
}
const input = ["  first line  ", "", "  TODO: second", "   ", "third TODO line", "  last"];
const pipe = new Pipeline().register(new NumberPlugin(99, 2)).register(new DropEmptyPlugin()).register(new TrimPlugin()).register(new ReplacePlugin("todo", "TODO", "DONE"));
console.log(pipe.names());
console.log(pipe.run(input).join("\n"));
console.log(new NumberPlugin(1), new ReplacePlugin("r", "a", "b"));
