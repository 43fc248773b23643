// JSON.parse(text) as T where the data does not match T: the first mismatch of each document
// is reported with its path; the program prints what matched before.
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
  '{"device":"d1","mode":"on","readings":[{"sensor":"t","value":1},{"sensor":"h","value":2},{"sensor":"p","value":"3"}]}',
];
for (const text of docs) {
  const payload = JSON.parse(text) as Payload;
  console.log(payload.device, payload.readings.length);
}
