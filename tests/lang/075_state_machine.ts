// A traffic-light / turnstile style finite state machine driven by an event list with a transition table.
type StateName = "locked" | "unlocked" | "alarm" | "maintenance";
type EventName = "coin" | "push" | "kick" | "reset" | "service";

const transitions: Record<StateName, { [e: string]: StateName | undefined }> = {
  locked: { coin: "unlocked", kick: "alarm", service: "maintenance" },
  unlocked: { push: "locked", coin: "unlocked", service: "maintenance" },
  alarm: { reset: "locked" },
  maintenance: { service: "locked" },
};

class Turnstile {
  state: StateName = "locked";
  coins = 0;
  passes = 0;
  ignored = 0;
  private history: string[] = [];
  send(ev: EventName): void {
    const next = transitions[this.state][ev];
    if (next === undefined) {
      this.ignored++;
      this.history.push(`${this.state}--${ev}--x`);
      return;
    }
    if (ev === "coin") this.coins++;
    if (ev === "push" && this.state === "unlocked") this.passes++;
    this.history.push(`${this.state}--${ev}-->${next}`);
    this.state = next;
  }
  trace(): string[] {
    return this.history;
  }
}

const t = new Turnstile();
const events: EventName[] = ["push", "coin", "push", "push", "coin", "coin", "push", "kick", "coin", "reset", "service", "coin", "service", "coin", "push"];
for (const e of events) t.send(e);
for (const line of t.trace()) console.log(line);
console.log({ state: t.state, coins: t.coins, passes: t.passes, ignored: t.ignored });

// A tokenizing state machine: classify characters into words, numbers and punctuation
type Mode = "start" | "word" | "number";
function scan(s: string): string[] {
  const out: string[] = [];
  let mode: Mode = "start";
  let buf = "";
  const flush = () => {
    if (buf) out.push(`${mode}:${buf}`);
    buf = "";
  };
  for (const c of s + " ") {
    const isL = c.toLowerCase() !== c.toUpperCase();
    const isD = c >= "0" && c <= "9";
    const m: Mode = isL ? "word" : isD ? (mode === "word" ? "word" : "number") : "start";
    if (m !== mode || m === "start") {
      flush();
      mode = m;
    }
    if (m !== "start") buf += c;
    else if (c !== " ") out.push(`punct:${c}`);
  }
  return out;
}
console.log(scan("abc 123 x9y, 42!"));
console.log(scan(""));
