// A thrown value that is not an error also ends the program when nobody catches it; finally blocks run first.
const events: string[] = [];
function cleanup(name: string): void {
  events.push("cleanup " + name);
  console.log(events.join(", "));
}

function inner(): void {
  try {
    throw { code: 17, reason: "not an error" };
  } finally {
    cleanup("inner");
  }
}

try {
  inner();
} finally {
  cleanup("outer");
}
console.log("not reached");
