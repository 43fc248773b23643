// Identifier case conversions and slugs, the kind of helpers a device's web UI uses.
const camelToSnake = (s: string) => s.replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase();
const snakeToCamel = (s: string) => s.replace(/_+([a-z\d])/g, (_: string, c: string) => c.toUpperCase());
const kebab = (s: string) => s.replace(/[\s_]+/g, "-").replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)(\w)/g, (_: string, sp: string, c: string) => sp + c.toUpperCase());
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[àáâä]/g, "a")
    .replace(/[èéêë]/g, "e")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
for (const s of ["deviceName", "HTTPServerPort", "getURLForID2", "already_snake", "x"]) print(s, camelToSnake(s));
for (const s of ["device_name", "max__retry_count", "_leading", "a_1_b"]) print(s, snakeToCamel(s));
for (const s of ["Living Room Lamp", "someValue_here", "  spaced  out "]) print(JSON.stringify(kebab(s)));
print(titleCase("the QUICK brown fox"), "|", slugify("  Café Déjà-Vu: 2024 Édition!! "));
print("aBc DeF".replace(/\w/g, (c: string) => (/[a-z]/.test(c) ? c.toUpperCase() : c.toLowerCase())));
