// Device-style sensor log processing using print(): smoothing, thresholds and alarms.
interface Reading {
  t: number;
  temp: number;
  humidity: number;
}

const readings: Reading[] = [];
let seed = 42;
function noise(): number {
  seed = (seed * 16807) % 2147483647;
  return (seed / 2147483647) * 2 - 1;
}
for (let t = 0; t < 24; t++) {
  const temp = 20 + 6 * Math.sin((t / 24) * 2 * Math.PI) + noise();
  const humidity = 55 - 10 * Math.sin((t / 24) * 2 * Math.PI) + 3 * noise();
  readings.push({ t, temp: Math.round(temp * 10) / 10, humidity: Math.round(humidity) });
}

function movingAverage(xs: number[], window: number): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    sum += xs[i];
    if (i >= window) sum -= xs[i - window];
    out.push(i >= window - 1 ? Math.round((sum / window) * 100) / 100 : NaN);
  }
  return out;
}

const temps = readings.map((r) => r.temp);
const smooth = movingAverage(temps, 4);
print("hour  temp  avg4   hum  status");
let alarms = 0;
for (let i = 0; i < readings.length; i++) {
  const r = readings[i];
  let status = "ok";
  if (r.temp > 25) status = "HOT";
  else if (r.temp < 15) status = "COLD";
  if (r.humidity > 62) status += "+DAMP";
  if (status !== "ok") alarms++;
  print(`${String(r.t).padStart(4)} ${r.temp.toFixed(1).padStart(5)} ${Number.isNaN(smooth[i]) ? "   --" : smooth[i].toFixed(2).padStart(5)} ${String(r.humidity).padStart(5)}  ${status}`);
}
print("alarms:", alarms);
const max = readings.reduce((m, r) => (r.temp > m.temp ? r : m));
const min = readings.reduce((m, r) => (r.temp < m.temp ? r : m));
print("max", max, "min", min);
print("range:", (max.temp - min.temp).toFixed(1), "mean:", (temps.reduce((a, b) => a + b, 0) / temps.length).toFixed(3));
print(smooth.slice(0, 8));
