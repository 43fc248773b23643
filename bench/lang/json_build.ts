// JSON build: 200,000 sensor readings as objects, serialised with
// JSON.stringify, as a device reporting in batches would.

interface Reading {
  id: number;
  sensor: string;
  value: number;
  ok: boolean;
  tags: string[];
}

const readings: Reading[] = [];
for (let i = 0; i < 200000; i++) {
  readings.push({
    id: i,
    sensor: "sensor-" + (i % 17),
    value: ((i * 7919) % 10007) / 13 - i / 7,
    ok: i % 3 !== 0,
    tags: i % 5 === 0 ? ["calibrated", "indoor"] : ["raw"],
  });
}
const text = JSON.stringify({ device: "bench", count: readings.length, readings: readings });
let h = 0;
for (let i = 0; i < text.length; i += 97) h = (h * 31 + text.charCodeAt(i)) % 1000000007;
console.log(text.length, h, text.slice(0, 120));
