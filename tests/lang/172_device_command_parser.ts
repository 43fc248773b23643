// Parse and execute a device command script (SET/GET/INC/TOGGLE/DUMP) against a register file, using print().
type RegValue = number | boolean | string;
const regs = new Map<string, RegValue>([["led", false], ["speed", 10], ["mode", "idle"]]);
const script = `SET speed 25
INC speed 5
TOGGLE led
GET led
SET mode run
GET mode
INC mode 1
TOGGLE speed
GET missing
SET volume 0.75
INC volume -0.25
DUMP
BOGUS x`;
let errors = 0;
const lines = script.split("\n");
for (let n = 0; n < lines.length; n++) {
  const line = lines[n];
  const [cmd, name, arg] = line.split(" ");
  const cur = regs.get(name);
  const tag = `${String(n + 1).padStart(2)}> ${line.padEnd(16)}`;
  switch (cmd) {
    case "SET": {
      const num = Number(arg);
      regs.set(name, Number.isNaN(num) ? arg : num);
      print(tag, "ok");
      break;
    }
    case "INC":
      if (typeof cur === "number") {
        regs.set(name, cur + Number(arg));
        print(tag, "->", regs.get(name));
      } else {
        errors++;
        print(tag, "error: not numeric");
      }
      break;
    case "TOGGLE":
      if (typeof cur === "boolean") {
        regs.set(name, !cur);
        print(tag, "->", !cur);
      } else {
        errors++;
        print(tag, "error: not boolean");
      }
      break;
    case "GET":
      print(tag, cur === undefined ? "undefined register" : cur);
      break;
    case "DUMP":
      print(tag, regs);
      break;
    default:
      errors++;
      print(tag, "error: unknown command");
  }
}
print("errors:", errors, "registers:", [...regs.keys()].sort().join(","));
