// Objects of the app that implement device-API interfaces: a call on a receiver of the
// interface's type reaches the object's own methods.
const log: string[] = [];

class Recorder implements Response {
  constructor(readonly name: string) {}
  writeHead(code: number): void {
    log.push(`${this.name} head ${code}`);
  }
  write(data: string | object): boolean {
    log.push(`${this.name} write ${typeof data === "string" ? data : JSON.stringify(data)}`);
    return true;
  }
  end(data?: string | object): void {
    log.push(`${this.name} end ${data === undefined ? "-" : String(data)}`);
  }
  serve(): void {
    log.push(`${this.name} serve`);
  }
  on(event: string): Response {
    log.push(`${this.name} on ${event}`);
    return this;
  }
}

function reply(res: Response, status: number, body: object): void {
  res.on("drain", () => log.push("drained"));
  res.writeHead(status);
  res.write(body);
  res.end();
}

const literal: Response = {
  writeHead: (code: number) => log.push(`literal head ${code}`),
  write: (data: string | object) => log.push(`literal write ${String(data)}`) > 0,
  end: (data?: string | object) => log.push(`literal end ${data ?? "-"}`),
  serve: () => log.push("literal serve"),
  on: (event: string) => {
    log.push(`literal on ${event}`);
    return literal;
  },
};

reply(new Recorder("class"), 201, { ok: true });
reply(literal, 404, [1, 2]);
const both: Response[] = [literal, new Recorder("again")];
for (const r of both) r.serve();
print(log.join("\n"));
