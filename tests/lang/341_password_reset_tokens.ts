// Tokens and identifiers a device issues and checks: UUIDs, hex tokens, API keys and masks.
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
for (const u of ["123e4567-e89b-42d3-a456-426614174000", "123e4567-e89b-62d3-a456-426614174000", "123E4567-E89B-12D3-B456-426614174000", "not-a-uuid"]) print(u, uuid.test(u));
const apiKey = /^(?<prefix>sk|pk)_(?<env>live|test)_(?<secret>[A-Za-z0-9]{16,})$/;
for (const k of ["sk_live_ABCDEFGHijklmnop1234", "pk_test_short", "xx_live_ABCDEFGHijklmnop"]) {
  const m = apiKey.exec(k);
  print(m ? `${m.groups!.prefix}/${m.groups!.env} ${m.groups!.secret.replace(/.(?=.{4})/g, "*")}` : `invalid ${k}`);
}
const mask = (s: string) => s.replace(/(?<=^.{2}).+(?=.{2}$)/, (m: string) => "*".repeat(m.length));
print(mask("1234567890"), mask("abcd"), mask("abcde"));
print("card 4111 1111 1111 1234 exp".replace(/\b(?:\d{4}[ -]?){3}(\d{4})\b/, "**** **** **** $1"));
