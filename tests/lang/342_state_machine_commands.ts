// A serial command interpreter: each command is a RegExp with captures that drives a small state machine.
let led = false;
let brightness = 50;
const log: string[] = [];
const commands: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^led\s+(on|off|toggle)$/i, (m) => {
    const a = m[1].toLowerCase();
    led = a === "toggle" ? !led : a === "on";
    return `led ${led ? "on" : "off"}`;
  }],
  [/^bright(?:ness)?\s+([+-]?)(\d{1,3})%?$/i, (m) => {
    const n = Number(m[2]);
    brightness = Math.max(0, Math.min(100, m[1] === "+" ? brightness + n : m[1] === "-" ? brightness - n : n));
    return `brightness ${brightness}`;
  }],
  [/^echo\s+(?:"([^"]*)"|(\S+))$/, (m) => `echo ${m[1] ?? m[2]}`],
  [/^status$/, () => `led=${led} brightness=${brightness}`],
];
const input = "LED on\nbright +30\nbrightness -100%\nbright 250\necho \"hello world\"\necho plain\nled toggle\nstatus\nreboot now\n  led   off  ";
for (const line of input.split("\n")) {
  const cmd = line.trim().replace(/\s+/g, " ");
  let reply = `unknown command: ${cmd}`;
  for (const [re, run] of commands) {
    const m = re.exec(cmd);
    if (m) {
      reply = run(m);
      break;
    }
  }
  log.push(`> ${cmd} : ${reply}`);
}
print(log.join("\n"));
