// A Map (or a Set, a Date) is not what JSON.parse returns: parse a Record and build the Map.
const m: Map<string, number> = JSON.parse('{"a":1}');
const d = JSON.parse('"2024-01-01"') as Date;
print(m.size, d);
// expect: TSFW1004 2:32
// expect: TSFW1004 3:11
