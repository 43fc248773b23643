// Error subclasses of the app: fields, names, a hierarchy, instanceof, methods.
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
  describe(): string {
    return `${this.status} ${this.message}`;
  }
}

class NotFoundError extends HttpError {
  constructor(readonly path: string) {
    super(404, `no such path: ${path}`);
    this.name = "NotFoundError";
  }
}

class ForbiddenError extends HttpError {
  constructor() {
    super(403, "forbidden");
  }
}

class Timeout extends RangeError {}

class Wrapped extends TypeError {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

function route(path: string): string {
  if (path === "/secret") throw new ForbiddenError();
  if (path === "/slow") throw new Timeout("took too long");
  if (path === "/bad") throw new Wrapped("bad input", "the body");
  if (!path.startsWith("/ok")) throw new NotFoundError(path);
  return "200 " + path;
}

for (const p of ["/ok", "/missing", "/secret", "/slow", "/bad", "/ok/deeper"]) {
  try {
    console.log(route(p));
  } catch (e) {
    if (e instanceof NotFoundError) console.log("not found:", e.path, e.describe(), e.name);
    else if (e instanceof HttpError) console.log("http:", e.describe(), e.name, String(e));
    else if (e instanceof Timeout) console.log("timeout:", e.name, e.message, e instanceof RangeError, String(e));
    else if (e instanceof Wrapped) console.log("wrapped:", String(e), e.cause, e instanceof TypeError);
    else throw e;
    console.log("  is Error:", e instanceof Error, "is HttpError:", e instanceof HttpError);
  }
}

const nf = new NotFoundError("/x");
console.log(nf.status, nf.path, nf.message, nf.name, nf.toString());
console.log(nf.stack?.split("\n")[0]);
