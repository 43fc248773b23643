// Retrying an operation that fails a few times, with bookkeeping in finally.
class TransientError extends Error {
  constructor(readonly attempt: number) {
    super("transient failure on attempt " + attempt);
    this.name = "TransientError";
  }
}
class FatalError extends Error {}

function flaky(failures: number, fatalAt: number): (attempt: number) => string {
  return (attempt) => {
    if (attempt === fatalAt) throw new FatalError("fatal on attempt " + attempt);
    if (attempt <= failures) throw new TransientError(attempt);
    return "succeeded on attempt " + attempt;
  };
}

function withRetry(op: (attempt: number) => string, max: number, log: string[]): string {
  for (let attempt = 1; ; attempt++) {
    try {
      return op(attempt);
    } catch (e) {
      if (!(e instanceof TransientError) || attempt >= max) throw e;
      log.push("retry after " + e.message);
    } finally {
      log.push("attempt " + attempt + " done");
    }
  }
}

const cases: [number, number, number][] = [
  [0, 99, 3],
  [2, 99, 3],
  [5, 99, 3],
  [1, 2, 5],
];
for (const [failures, fatalAt, max] of cases) {
  const log: string[] = [];
  try {
    console.log(withRetry(flaky(failures, fatalAt), max, log));
  } catch (e) {
    console.log("gave up:", String(e), e instanceof TransientError ? "(transient)" : "(fatal)");
  }
  console.log("  " + log.join("; "));
}
