// A default export of an expression, evaluated once when this file runs.
print("config loads");
const base = { host: "127.0.0.1", port: 8000 };
export default { ...base, port: base.port + 80, tags: ["a", "b"] };
