// JSON.parse(text) as T where the data does not match T: a TypeError naming the first path that
// does not match; caught, then uncaught at the end.
interface Reading {
  sensor: string;
  value: number;
}
interface Payload {
  device: string;
  mode: "on" | "off";
  readings: Reading[];
  tags?: Record<string, string>;
}
const docs = [
  '{"device":"d1","mode":"on","readings":[{"sensor":"t","value":1}]}',
  '{"device":"d1","mode":"dim","readings":[]}',
  '{"device":"d1","mode":"on","readings":[],"tags":{"a":"x","b":2}}',
  '{"device":"d1","mode":"off"}',
  "[]",
];
for (const text of docs) {
  try {
    const payload = JSON.parse(text) as Payload;
    console.log("ok", payload.device, payload.readings.length);
  } catch (e) {
    console.log(e instanceof TypeError, (e as Error).message);
  }
}
const payload: Payload = JSON.parse('{"device":"d2","mode":"on","readings":[{"sensor":"t","value":1},{"sensor":"p","value":"3"}]}');
console.log("not reached", payload.device);
