// A state machine whose transitions throw on bad events; the machine stays usable.
type State = "idle" | "connecting" | "connected" | "closed";

class IllegalTransition extends Error {
  constructor(
    readonly from: State,
    readonly event: string,
  ) {
    super(`cannot handle '${event}' in state '${from}'`);
    this.name = "IllegalTransition";
  }
}

class Machine {
  state: State = "idle";
  history: string[] = [];

  handle(event: string): void {
    const before = this.state;
    try {
      switch (this.state) {
        case "idle":
          if (event === "connect") this.state = "connecting";
          else throw new IllegalTransition(this.state, event);
          break;
        case "connecting":
          if (event === "ok") this.state = "connected";
          else if (event === "fail") this.state = "idle";
          else throw new IllegalTransition(this.state, event);
          break;
        case "connected":
          if (event === "close") this.state = "closed";
          else if (event === "data") break;
          else throw new IllegalTransition(this.state, event);
          break;
        default:
          throw new IllegalTransition(this.state, event);
      }
      this.history.push(`${before} -${event}-> ${this.state}`);
    } catch (e) {
      if (!(e instanceof IllegalTransition)) throw e;
      this.history.push("rejected: " + e.message);
    }
  }
}

const m = new Machine();
for (const ev of ["data", "connect", "connect", "fail", "connect", "ok", "data", "ok", "close", "connect"]) m.handle(ev);
console.log(m.history.join("\n"));
console.log("final", m.state);
