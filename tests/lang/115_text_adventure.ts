// A text adventure command interpreter: rooms as a graph, inventory, and a scripted command list.
interface Room {
  desc: string;
  exits: Record<string, string>;
  items: string[];
  locked?: { dir: string; key: string };
}
const rooms: Record<string, Room> = {
  hall: { desc: "a dusty hall", exits: { north: "library", east: "kitchen" }, items: ["lamp"] },
  kitchen: { desc: "a cold kitchen", exits: { west: "hall" }, items: ["knife", "bread"] },
  library: { desc: "a silent library", exits: { south: "hall", up: "tower" }, items: ["key"], locked: { dir: "up", key: "key" } },
  tower: { desc: "the top of the tower", exits: { down: "library" }, items: ["crown"] },
};
let here = "hall";
const inventory: string[] = [];
let moves = 0;

function exec(cmd: string): string {
  const [verb, ...rest] = cmd.trim().toLowerCase().split(" ").filter((w) => w);
  const obj = rest.join(" ");
  const room = rooms[here];
  switch (verb) {
    case "look":
      return `You are in ${room.desc}. Exits: ${Object.keys(room.exits).join(", ")}. Items: ${room.items.join(", ") || "none"}.`;
    case "go": {
      const dest = room.exits[obj];
      if (!dest) return `You can't go ${obj}.`;
      if (room.locked && room.locked.dir === obj && !inventory.includes(room.locked.key)) return "The way is locked.";
      here = dest;
      moves++;
      return `You go ${obj} to ${rooms[dest].desc}.`;
    }
    case "take": {
      const i = room.items.indexOf(obj);
      if (i < 0) return `There is no ${obj} here.`;
      inventory.push(...room.items.splice(i, 1));
      return `Taken: ${obj}.`;
    }
    case "drop": {
      const i = inventory.indexOf(obj);
      if (i < 0) return `You don't have ${obj}.`;
      room.items.push(...inventory.splice(i, 1));
      return `Dropped: ${obj}.`;
    }
    case "inv":
    case "inventory":
      return inventory.length ? `You carry: ${inventory.join(", ")}.` : "You carry nothing.";
    default:
      return `I don't understand "${cmd}".`;
  }
}
const script = ["look", "take lamp", "go north", "go up", "take key", "go up", "look", "take crown", "inv", "drop lamp", "go down", "go west", "dance", "go south", "go east", "take bread", "INV"];
for (const c of script) console.log(`> ${c}\n${exec(c)}`);
console.log({ here, moves, inventory });
console.log(rooms.tower, rooms.kitchen.items);
