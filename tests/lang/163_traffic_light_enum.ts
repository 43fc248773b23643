// Traffic light controller using a numeric enum state machine with timed transitions and a pedestrian button.
enum Light {
  Red,
  RedAmber,
  Green,
  Amber,
}
const durations: Record<number, number> = { [Light.Red]: 4, [Light.RedAmber]: 1, [Light.Green]: 5, [Light.Amber]: 2 };
function next(l: Light): Light {
  switch (l) {
    case Light.Red: return Light.RedAmber;
    case Light.RedAmber: return Light.Green;
    case Light.Green: return Light.Amber;
    case Light.Amber: return Light.Red;
  }
}
let state = Light.Red;
let remaining = durations[state];
const buttonPresses = new Set([3, 9, 10, 22]);
const timeline: string[] = [];
const visits: Record<string, number> = {};
for (let t = 0; t < 30; t++) {
  if (buttonPresses.has(t) && state === Light.Green && remaining > 2) {
    timeline.push(`t${t}: button -> shorten green`);
    remaining = 2;
  }
  visits[Light[state]] = (visits[Light[state]] ?? 0) + 1;
  remaining--;
  if (remaining === 0) {
    const from = state;
    state = next(state);
    remaining = durations[state];
    timeline.push(`t${t}: ${Light[from]} -> ${Light[state]}`);
  }
}
console.log(timeline.join("\n"));
console.log(visits, Light[state], remaining);
console.log(durations, Object.keys(Light).filter((k) => Number.isNaN(Number(k))));
