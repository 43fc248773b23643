// Imported only with `import type`: it never runs.
print("typesonly: init (must not print)");
export interface Config {
  name: string;
}
