// A replacer function needs a RegExp pattern; with a text pattern it is refused with a hint.
const path = "/api/v1/items";
const upper = path.replace("api", (m: string) => m.toUpperCase());
const ok = path.replace(/api/, (m: string) => m.toUpperCase());
print(upper, ok);
// expect: TSFW1004 3:28
// hint: RegExp literal
