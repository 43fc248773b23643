// A replacer function needs a RegExp pattern; with a text pattern, or one that may be text, it is
// refused with a hint.
const path = "/api/v1/items";
const upper = path.replace("api", (m: string) => m.toUpperCase());
const ok = path.replace(/api/, (m: string) => m.toUpperCase());
const either: string | RegExp = path.length > 3 ? "v1" : /v\d/;
const maybe = path.replaceAll(either, () => "v2");
print(upper, ok, maybe);
// expect: TSFW1004 4:28
// expect: TSFW1004 7:31
// hint: RegExp literal
